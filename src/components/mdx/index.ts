/** The components explainer authors may use in MDX; pages pass this map to <Content components={...} />. */
import Arrivals from "./Arrivals.astro";
import CaseLink from "./CaseLink.astro";
import Chart from "./Chart.astro";
import Cite from "./Cite.astro";
import Detail from "./Detail.astro";
import EventDate from "./EventDate.astro";
import Figure from "./Figure.astro";
import Price from "./Price.astro";
import StepDate from "./StepDate.astro";

export const mdxComponents = { Arrivals, CaseLink, Chart, Cite, Detail, EventDate, Figure, Price, StepDate };
