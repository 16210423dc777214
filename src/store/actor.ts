/** Who is changing the store, when, and through what — stamped on every row and history entry. */
export interface ChangeContext {
  actor: string;
  /** ISO-8601 timestamp, from the caller's clock (tests fix it). */
  at: string;
  /** Where the change comes from: `import:file.csv`, `form`, `api`, `demo`, `cli`. */
  origin: string;
  reason?: string;
}
