// The reference public page: a municipality's adopted plan as a citizen sees it, focus areas →
// goals → indicators → measurement points with baseline, target, latest value and status, in
// Swedish. Every type comes from the contract (generated/styrkort.ts, openapi-typescript); the
// calls go through openapi-fetch. Two requests: find the organisation's public, adopted plan,
// then its fulfilment for the year, which carries the whole structure with each node's status.
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/styrkort";

type Fulfilment = components["schemas"]["TreeFulfilment"];
type Node = components["schemas"]["NodeFulfilment"];
type Point = components["schemas"]["PointYearFulfilment"];
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

function observation(used: Observation | null | undefined, unit?: string | null): string {
  if (!used) return "–";
  return `${shown(used.value, unit)} (${used.year})`;
}

function target(used: Target | null | undefined, unit?: string | null): string {
  if (!used) return "–";
  if (used.written) return `${used.written} (${used.year})`;
  const comparator = used.comparator ? COMPARATOR[used.comparator] ?? "" : "";
  return `${comparator} ${shown(used.value, unit)} (${used.year})`.trim();
}

function status(value: Status | undefined): HTMLElement {
  const code = value ?? "NO_DATA";
  return el("span", STATUS[code], { class: `status ${code}` });
}

function pointsTable(indicator: Node, points: Point[], headingId: string): HTMLTableElement {
  const table = el("table", undefined, { "aria-labelledby": headingId });
  const head = table.createTHead().insertRow();
  for (const title of ["Mätpunkt", "Utgångsläge", "Mål", "Senaste värde", "Status"]) {
    head.append(el("th", title, { scope: "col" }));
  }
  const body = table.createTBody();
  for (const point of points) {
    const row = body.insertRow();
    row.append(el("th", point.label ?? indicator.title ?? "", { scope: "row" }));
    row.append(el("td", observation(point.baseline, point.unit), { class: "num" }));
    row.append(el("td", target(point.target, point.unit), { class: "num" }));
    row.append(el("td", observation(point.value, point.unit), { class: "num" }));
    const cell = el("td");
    cell.append(status(point.status));
    row.append(cell);
  }
  return table;
}

function summary(node: Node): HTMLElement {
  const counts = node.counts;
  const text = counts
    ? `${counts.fulfilled ?? 0} av ${counts.total ?? 0} mätpunkter uppfyllda, ` +
      `${counts.partiallyFulfilled ?? 0} delvis, ${counts.notFulfilled ?? 0} inte.`
    : "";
  const p = el("p", undefined, { class: "summary" });
  p.append(status(node.status), document.createTextNode(` ${text}`));
  return p;
}

let headings = 0;

function section(node: Node, level: 2 | 3 | 4): HTMLElement {
  const part = el("section");
  const id = `rubrik-${++headings}`;
  part.setAttribute("aria-labelledby", id);
  part.append(el(`h${level}`, node.title ?? "", { id }));
  if (node.kind !== "INDICATOR") part.append(summary(node));
  if (node.measurementPoints && node.measurementPoints.length > 0) {
    part.append(pointsTable(node, node.measurementPoints, id));
  }
  for (const child of node.children ?? []) {
    part.append(section(child, level === 2 ? 3 : 4));
  }
  return part;
}

async function main(): Promise<void> {
  const root = document.getElementById("plan")!;
  const lead = document.getElementById("plan-lead")!;
  try {
    // The organisation's plan in force: public, adopted plans only answer anonymous readers.
    const plans = await api.GET("/api/v1/plans", {
      params: { query: { organisationCode, status: "ADOPTED", limit: 1 } },
    });
    if (plans.error) throw new Error(plans.error.detail ?? plans.error.title ?? "Fel");
    const plan = plans.data?.items?.[0];
    if (!plan || plan.id === undefined) {
      lead.textContent = "Det finns ingen antagen plan att visa.";
      return;
    }
    const year = Number(query.get("ar") ?? plan.endYear ?? new Date().getFullYear());
    const result = await api.GET("/api/v1/plans/{planId}/fulfilment", {
      params: { path: { planId: plan.id }, query: { year } },
    });
    if (result.error) throw new Error(result.error.detail ?? result.error.title ?? "Fel");
    if (!result.data) throw new Error("Tomt svar");
    const fulfilment: Fulfilment = result.data;
    document.getElementById("plan-name")!.textContent = plan.name ?? "Plan";
    document.title = `${plan.name ?? "Plan"} – måluppfyllelse ${fulfilment.year}`;
    lead.textContent =
      `${plan.organisation ?? ""}. Måluppfyllelse ${fulfilment.year}` +
      (fulfilment.baselineYear ? `, jämfört med utgångsläget ${fulfilment.baselineYear}.` : ".");
    const top = fulfilment.node;
    if (top) {
      root.append(summary(top));
      for (const focusArea of top.children ?? []) root.append(section(focusArea, 2));
    }
  } catch (error) {
    lead.textContent = "";
    root.append(el("p", `Planen kunde inte hämtas: ${(error as Error).message}`, { role: "alert" }));
  } finally {
    root.setAttribute("aria-busy", "false");
    document.body.dataset.ready = "true";
  }
}

void main();
