/** Everything pages need for showing figures, dates and coded values as text. */
export * from "./numbers.ts";
export * from "./dates.ts";
export * from "./labels.ts";
export * from "./prices.ts";
export * from "./bytes.ts";
export * from "./plural.ts";
