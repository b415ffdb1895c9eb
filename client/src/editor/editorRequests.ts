/**
 * Requests for a dialog, from wherever the user asked (a click on a decision number in the margin, a toolbar
 * button, a shortcut) to the one component that shows dialogs. Node views live outside React's tree of the
 * page, so they cannot reach its state directly.
 */
export type EditorRequest =
  | { kind: 'decisionNumber'; pos?: number }
  | { kind: 'addressees'; pos?: number }
  | { kind: 'newGroup' };

export class EditorRequests {
  private readonly listeners = new Set<(request: EditorRequest) => void>();

  request(request: EditorRequest): void {
    for (const listener of this.listeners) listener(request);
  }

  subscribe(listener: (request: EditorRequest) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
