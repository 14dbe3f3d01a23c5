/** The components explainer authors may use in MDX; pages pass this map to <Content components={...} />. */
import CaseLink from "./CaseLink.astro";
import Chart from "./Chart.astro";
import Cite from "./Cite.astro";
import Figure from "./Figure.astro";

export const mdxComponents = { CaseLink, Chart, Cite, Figure };
