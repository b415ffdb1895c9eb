const LABELS: Record<string, string> = {
  draft: 'Draft',
  negotiation: 'In negotiation',
  adopted: 'Adopted',
};

export function statusLabel(status: string): string {
  return LABELS[status] ?? (status ? status.charAt(0).toUpperCase() + status.slice(1) : 'Draft');
}
