// A small client for the Styrkort API, typed by the generated file (npm run generate).
// The build type-checks it (npm run typecheck), so it breaks when the contract does.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/styrkort";

type Plan = components["schemas"]["Plan"];
type PlanTree = components["schemas"]["PlanTree"];
type Change = components["schemas"]["FeedChange"];

const api = createClient<paths>({ baseUrl: "http://localhost:8080" });

/** The cursor inside a next link: collections and the change feed page with it. */
function cursorOf(next: string | null | undefined): string | undefined {
  return next ? (new URL(next).searchParams.get("cursor") ?? undefined) : undefined;
}

/** Every plan, page by page, following next until it is null. */
export async function listPlans(): Promise<Plan[]> {
  const plans: Plan[] = [];
  let cursor: string | undefined;
  do {
    const answer = await api.GET("/api/v1/plans", {
      params: { query: { limit: 100, cursor } },
    });
    const { data, error } = answer;
    const status = answer.response.status;
    // A problem document, or a refusal of the HTTP layer without a body (413, 414).
    if (error) throw new Error(`${error.code}: ${error.detail}`);
    if (!data) throw new Error(`HTTP ${status}`);
    plans.push(...data.items);
    cursor = cursorOf(data.next);
  } while (cursor);
  return plans;
}

/** A plan's tree, read again only when it changed: If-None-Match with the ETag held gets 304. */
const trees = new Map<number, { etag: string; tree: PlanTree }>();

export async function planTree(planId: number): Promise<PlanTree> {
  const held = trees.get(planId);
  const { data, error, response } = await api.GET("/api/v1/plans/{planId}/tree", {
    params: {
      path: { planId },
      header: held ? { "If-None-Match": held.etag } : undefined,
    },
  });
  if (response.status === 304 && held) return held.tree;
  if (error || !data) throw new Error(`GET tree of plan ${planId}: ${response.status}`);
  const etag = response.headers.get("ETag"); // readable in a browser: CORS exposes ETag
  if (etag) trees.set(planId, { etag, tree: data });
  return data;
}

/**
 * Applies every change after the cursor (see docs/sync.md) and returns the cursor to poll with
 * next time. 410 means the cursor has expired: load everything again.
 */
export async function followChanges(
  cursor: string,
  apply: (change: Change) => Promise<void>,
): Promise<string> {
  let position = cursor;
  for (;;) {
    const { data, error, response } = await api.GET("/api/v1/changes", {
      params: { query: { cursor: position, limit: 500 } },
    });
    if (response.status === 410) throw new Error("cursor expired: do a full load again");
    if (error || !data) throw new Error(`GET changes: ${response.status}`);
    for (const change of data.items) await apply(change);
    position = cursorOf(data.next) ?? position;
    if (!data.hasMore) return position;
  }
}
