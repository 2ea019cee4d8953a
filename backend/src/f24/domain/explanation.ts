/**
 * One step of a computation, for the taxpayer: `text` is the Italian sentence shown to the user, `key` a
 * stable English identifier of the rule (for translations, tests and analytics), `params` the figures it
 * quotes (amounts in cents, rates as percent strings).
 */
export interface Explanation {
  key: string;
  text: string;
  params?: Readonly<Record<string, string | number | boolean>>;
}
