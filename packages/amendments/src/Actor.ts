/** Who proposes: the delegation an amendment is attributed to, and the person typing for it. */
export interface Actor {
  party: string;
  author: string;
}
