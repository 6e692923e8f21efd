// The reference public page: a municipality's adopted plan as a citizen sees it, focus areas →
// goals → indicators → measurement points with baseline, target, latest value and status, in
// Swedish. Every type comes from the contract (generated/styrkort.ts, openapi-typescript); the
// calls go through openapi-fetch. Two requests: the organisation's current plan, then its tree
// with each node's fulfilment of the year embedded and each point cut to what the page shows
// (include=fulfilment, detail=summary): one call for the page's content.
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/styrkort";

type Tree = components["schemas"]["PlanTree"];
type Goal = components["schemas"]["PlanTreeGoal"];
type Indicator = components["schemas"]["PlanTreeIndicator"];
type Point = components["schemas"]["PlanTreeMeasurementPoint"];
type NodeFulfilment = components["schemas"]["PlanTreeNodeFulfilment"];
type Status = components["schemas"]["FulfilmentStatus"];
type Observation = components["schemas"]["ObservationUsed"];
type Target = components["schemas"]["TargetUsed"];

const STATUS: Record<Status, string> = {
  FULFILLED: "Uppfyllt",
  PARTIALLY_FULFILLED: "Delvis uppfyllt",
  NOT_FULFILLED: "Inte uppfyllt",
  NO_DATA: "Uppgift saknas",
  NO_TARGET: "Målvärde saknas",
};

const COMPARATOR: Record<string, string> = { GE: "minst", GT: "över", LE: "högst", LT: "under", EQ: "" };

const query = new URLSearchParams(location.search);
// The API's address: the site's own origin, or another one given as ?api= (the test does).
const api = createClient<paths>({ baseUrl: query.get("api") ?? location.origin });
const organisationCode = query.get("kommun") ?? "1864";

const number = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function shown(value: unknown, unit?: string | null): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "number") return unit ? `${number.format(value)} ${unit}` : number.format(value);
  if (typeof value === "boolean") return value ? "Ja" : "Nej";
  return String(value);
}

function observation(used: Observation | null, unit: string | null): string {
  if (!used) return "–";
  return `${shown(used.value, unit)} (${used.year})`;
}

function baseline(point: Point, year: number | null): string {
  if (!point.baseline) return "–";
  return `${shown(point.baseline.value, point.unit)}` + (year ? ` (${year})` : "");
}

function target(used: Target | null, unit: string | null): string {
  if (!used) return "–";
  if (used.written) return `${used.written} (${used.year})`;
  return `${COMPARATOR[used.comparator] ?? ""} ${shown(used.value, unit)} (${used.year})`.trim();
}

function status(value: Status | undefined): HTMLElement {
  const code = value ?? "NO_DATA";
  return el("span", STATUS[code], { class: `status ${code}` });
}

function pointsTable(indicator: Indicator, tree: Tree, headingId: string): HTMLTableElement {
  const table = el("table", undefined, { "aria-labelledby": headingId });
  const head = table.createTHead().insertRow();
  for (const title of ["Mätpunkt", "Utgångsläge", "Mål", "Senaste värde", "Status"]) {
    head.append(el("th", title, { scope: "col" }));
  }
  const body = table.createTBody();
  for (const point of indicator.measurementPoints) {
    const judged = point.fulfilment;
    const row = body.insertRow();
    row.append(el("th", point.label || indicator.title, { scope: "row" }));
    row.append(el("td", baseline(point, tree.baselineYear), { class: "num" }));
    row.append(el("td", target(judged?.target ?? null, point.unit), { class: "num" }));
    row.append(el("td", observation(judged?.value ?? null, point.unit), { class: "num" }));
    const cell = el("td");
    cell.append(status(judged?.status));
    row.append(cell);
  }
  return table;
}

function summary(fulfilment: NodeFulfilment | null): HTMLElement {
  const p = el("p", undefined, { class: "summary" });
  if (!fulfilment) return p;
  const counts = fulfilment.counts;
  const text =
    `${counts.fulfilled} av ${counts.total} mätpunkter uppfyllda, ` +
    `${counts.partiallyFulfilled} delvis, ${counts.notFulfilled} inte.`;
  p.append(status(fulfilment.status), document.createTextNode(` ${text}`));
  return p;
}

let headings = 0;

function heading(part: HTMLElement, title: string, level: 2 | 3 | 4): string {
  const id = `rubrik-${++headings}`;
  part.setAttribute("aria-labelledby", id);
  part.append(el(`h${level}`, title, { id }));
  return id;
}

function indicatorSection(indicator: Indicator, tree: Tree, level: 2 | 3 | 4): HTMLElement {
  const part = el("section");
  const id = heading(part, indicator.title, level);
  if (indicator.measurementPoints.length > 0) part.append(pointsTable(indicator, tree, id));
  return part;
}

function goalSection(goal: Goal, tree: Tree, level: 2 | 3 | 4): HTMLElement {
  const part = el("section");
  heading(part, goal.title, level);
  part.append(summary(goal.fulfilment));
  const below = level === 2 ? 3 : 4;
  for (const child of goal.goals) part.append(goalSection(child, tree, below));
  for (const indicator of goal.indicators) part.append(indicatorSection(indicator, tree, below));
  return part;
}

async function main(): Promise<void> {
  const root = document.getElementById("plan")!;
  const lead = document.getElementById("plan-lead")!;
  try {
    // The organisation's plan in force: adopted, its period covering this year, public.
    const current = await api.GET("/api/v1/plans/current", {
      params: { query: { organisationCode } },
    });
    if (current.response.status === 404) {
      lead.textContent = "Det finns ingen antagen plan att visa.";
      return;
    }
    if (current.error) throw new Error(current.error.detail ?? current.error.title);
    const plan = current.data;
    const year = Number(query.get("ar") ?? Math.min(plan.endYear, new Date().getFullYear()));
    const result = await api.GET("/api/v1/plans/{planId}/tree", {
      params: {
        path: { planId: plan.id },
        query: { year, include: ["fulfilment"], detail: "summary" },
      },
    });
    if (result.error) throw new Error(result.error.detail ?? result.error.title);
    const tree: Tree = result.data;
    document.getElementById("plan-name")!.textContent = tree.name;
    document.title = `${tree.name} – måluppfyllelse ${year}`;
    lead.textContent =
      `${tree.organisation}. Måluppfyllelse ${year}` +
      (tree.baselineYear ? `, jämfört med utgångsläget ${tree.baselineYear}.` : ".");
    root.append(summary(tree.fulfilment));
    for (const focusArea of tree.focusAreas) root.append(goalSection(focusArea, tree, 2));
  } catch (error) {
    lead.textContent = "";
    root.append(el("p", `Planen kunde inte hämtas: ${(error as Error).message}`, { role: "alert" }));
  } finally {
    root.setAttribute("aria-busy", "false");
    document.body.dataset.ready = "true";
  }
}

void main();
