/** The editions of the kwaliteitskompas, built from the base and each edition's overlay. */
import { basisBouwstenen } from './base/index.ts';
import { algemeenOverlay } from './editions/algemeen/index.ts';
import { kwaliteitsmodelOverlay } from './editions/kwaliteitsmodel/index.ts';
import { sggOverlay } from './editions/sgg/index.ts';
import { applyOverlay, type EditionOverlay } from './overlay.ts';
import { EditionSchema, type Edition, type EditionId } from './schema.ts';

export * from './schema.ts';
export * from './queries.ts';

const overlays: Record<EditionId, EditionOverlay> = {
  sgg: sggOverlay,
  algemeen: algemeenOverlay,
  kwaliteitsmodel: kwaliteitsmodelOverlay,
};

/** Builds and validates one edition; throws with the zod issues when content is malformed. */
export function buildEdition(overlay: EditionOverlay): Edition {
  return EditionSchema.parse({
    id: overlay.id,
    version: overlay.version,
    title: overlay.title,
    ...(overlay.subtitle === undefined ? {} : { subtitle: overlay.subtitle }),
    publisher: overlay.publisher,
    sources: overlay.sources,
    intro: overlay.intro ?? [],
    bouwstenen: applyOverlay(basisBouwstenen, overlay),
    stepMapping: overlay.stepMapping ?? [],
  });
}

const cache = new Map<EditionId, Edition>();

export function getEdition(id: EditionId): Edition {
  let edition = cache.get(id);
  if (!edition) {
    edition = buildEdition(overlays[id]);
    cache.set(id, edition);
  }
  return edition;
}

export const defaultEditionId: EditionId = 'sgg';
