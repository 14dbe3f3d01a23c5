declare namespace App {
  interface Locals {
    /** Set by an explainer page: source id -> citation number, read by the MDX components it renders. */
    citations?: ReadonlyMap<string, number>;
  }
}
