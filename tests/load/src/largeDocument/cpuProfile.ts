/** The Chrome DevTools CPU profile (CDP Profiler.stop) and a summary of where its time went. */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/**
 * Prints the busy time of a CPU profile and its top functions by self and by inclusive time; with `per` (for
 * example the number of keystrokes) also the busy time per unit.
 */
export function printProfile(profile: Profile, top: number, label: string, per?: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0));
  });
  const keyOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.split('/').pop() : '';
    return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') idle += us;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + us);
    // Inclusive: count each function once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const ancestor = byId.get(at);
      if (!ancestor) break;
      const key = keyOf(ancestor);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const busy = total - idle;
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(8);
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)}%`;
  const each = per ? ` (${(busy / 1000 / per).toFixed(2)} ms each)` : '';
  console.log(`busy ${ms(busy)} ms over ${label}${each}; idle/program ${ms(idle)} ms`);
  const skip = new Set(['(root)', '(idle)', '(program)']);
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title} (ms, % of busy)`);
    const rows = [...map].filter(([key]) => !skip.has(key)).sort((a, b) => b[1] - a[1]);
    for (const [key, us] of rows.slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${key}`);
  };
  print('Top self time', self);
  print('Top inclusive time', inclusive);
}
