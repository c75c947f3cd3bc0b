// What the server knows about its own inputs: the evidence catalogue, the trust survey, the
// knowledge base and the OpenAPI description. Forms are built from these, so they follow the rules
// and the knowledge base instead of a copy that could drift. Each is fetched once per page load.
import { api } from './api.js';

const cache = new Map();

function once(path) {
  if (!cache.has(path)) {
    const pending = api(path);
    pending.catch(() => cache.delete(path)); // a failed fetch is tried again next time
    cache.set(path, pending);
  }
  return cache.get(path);
}

export const evidenceCatalogue = () => once('/api/v1/knowledge/evidence');
export const ourSideCatalogue = () => once('/api/v1/knowledge/our-side');
export const fitAndPowerCatalogue = () => once('/api/v1/knowledge/fit-and-power');
export const trustElements = () => once('/api/v1/knowledge/elements');
export const trustStages = () => once('/api/v1/knowledge/stages');
export const glossary = () => once('/api/v1/knowledge/glossary');
export const bibliography = () => once('/api/v1/knowledge/bibliography');
export const rules = () => once('/api/v1/rules');
export const trustSurvey = () => once('/api/v1/knowledge/trust-survey');
export const openApi = () => once('/openapi.json');

/** The allowed values of a property in the OpenAPI schemas, e.g. enumOf('AllianceDraft', 'status'). */
export async function enumOf(schema, property) {
  const doc = await openApi();
  const definition = doc.components.schemas[schema];
  if (!definition || !definition.properties[property]) throw new Error(`No property ${schema}.${property} in the API description`);
  const prop = definition.properties[property];
  const values = prop.enum || (prop.items && prop.items.enum);
  if (!values) throw new Error(`${schema}.${property} has no list of allowed values`);
  return values;
}

/** Several enumOf lookups at once: enums({purpose: ['AllianceDraft', 'purpose'], ...}). */
export async function enums(wanted) {
  const entries = await Promise.all(Object.entries(wanted).map(async ([key, [schema, prop]]) => [key, await enumOf(schema, prop)]));
  return Object.fromEntries(entries);
}

/** The evidence catalogue grouped by trust element, in the catalogue's order. */
export async function evidenceByElement() {
  const [fields, elements] = await Promise.all([evidenceCatalogue(), trustElements()]);
  return elements.map((element) => ({ element, fields: fields.filter((f) => f.element === element.id) }));
}

/** The facts about the deal beside trust: fit grouped by kind of fit (in the catalogue's order), and power. */
export async function fitAndPower() {
  const fields = await fitAndPowerCatalogue();
  const fit = fields.filter((f) => f.section === 'FIT');
  const kinds = [...new Set(fit.map((f) => f.kind))];
  return { fit: kinds.map((kind) => ({ kind, fields: fit.filter((f) => f.kind === kind) })), power: fields.filter((f) => f.section === 'POWER') };
}

/** The evidence field a dotted key such as "integrity.beneficialOwnership" names. */
export async function evidenceField(key) {
  const fields = await evidenceCatalogue();
  return fields.find((f) => `${f.element.toLowerCase()}.${f.name}` === key) || null;
}
