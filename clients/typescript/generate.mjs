// Generates TypeScript types for the Styrkort API from the committed contract.
// Run: npm run generate   (writes generated/styrkort.ts, which git ignores)
import openapiTS, { astToString } from "openapi-typescript";
import { mkdir, writeFile } from "node:fs/promises";

const contract = new URL("../../openapi/openapi.yaml", import.meta.url);
const target = new URL("./generated/styrkort.ts", import.meta.url);

const header =
  "// GENERATED FILE, do not edit: made from openapi/openapi.yaml by `npm run generate`\n" +
  "// in clients/typescript (openapi-typescript). Regenerate after every contract change.\n\n";

const ast = await openapiTS(contract);
await mkdir(new URL("./generated/", import.meta.url), { recursive: true });
await writeFile(target, header + astToString(ast));
console.log(`wrote ${target.pathname}`);
