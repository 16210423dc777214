/** The two database engines Plansight runs on. */
export type Engine = 'sqlite' | 'postgres';
