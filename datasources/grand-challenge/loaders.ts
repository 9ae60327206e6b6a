import DataLoader from 'dataloader';
import { groupBy, perKeyLoader, WholeListReads } from '../core/index.js';
import { MAX_LIMIT, type GrandChallengeApi, type Page, type PageRequest } from './api.js';
import type { GcAlgorithmModel, GcAnswerModel, GcContainer, GcImageModel } from './models.js';

export interface ImageKey {
  pk: string;
  container: GcContainer | null;
}

export interface GrandChallengeLoaders {
  challenge: DataLoader<string, Awaited<ReturnType<GrandChallengeApi['getChallenge']>>, string>;
  algorithm: DataLoader<string, GcAlgorithmModel | null, string>;
  job: DataLoader<string, Awaited<ReturnType<GrandChallengeApi['getJob']>>, string>;
  archive: DataLoader<string, Awaited<ReturnType<GrandChallengeApi['getArchive']>>, string>;
  archiveItem: DataLoader<string, Awaited<ReturnType<GrandChallengeApi['getArchiveItem']>>, string>;
  readerStudy: DataLoader<string, Awaited<ReturnType<GrandChallengeApi['getReaderStudy']>>, string>;
  displaySet: DataLoader<string, Awaited<ReturnType<GrandChallengeApi['getDisplaySet']>>, string>;
  image: DataLoader<ImageKey, GcImageModel | null, string>;
  answersOf: DataLoader<{ displaySetPk: string; readerStudyPk: string | null }, GcAnswerModel[], string>;
  /**
   * Every answer of a reader study, every image of an archive and of a reader study (null when too
   * many to read whole), by the container's pk. Resolvers that know these will be asked for start
   * them early: a study's display sets and its answers or images, an archive's items and its images,
   * need only the container's pk.
   */
  studyAnswers: WholeListReads<GcAnswerModel[] | null>;
  archiveImages: WholeListReads<GcImageModel[] | null>;
  studyImages: WholeListReads<GcImageModel[] | null>;
}

/** Reading a whole filtered list takes at most this many pages of 1000; beyond, per-object reads. */
const MAX_LIST_PAGES = 5;

/**
 * Every item of a filtered list: the first page (1000) says how many there are, the rest are read
 * in parallel — asked for as soon as the first page's body arrives, while its items are still being
 * validated. Null when the list is too long to read whole.
 */
async function readAll<T>(list: (page: PageRequest) => Promise<Page<T>>): Promise<T[] | null> {
  let rest: Promise<Array<Page<T>>> | undefined;
  const readRest = (totalCount: number): void => {
    const pages = Math.ceil(totalCount / MAX_LIMIT);
    if (rest !== undefined || pages > MAX_LIST_PAGES) return;
    rest = Promise.all(
      Array.from({ length: Math.max(0, pages - 1) }, (_, i) =>
        list({ limit: MAX_LIMIT, offset: (i + 1) * MAX_LIMIT }),
      ),
    );
    // Awaited below; until then (or if the first page fails) its failure must not go unhandled.
    rest.catch(() => undefined);
  };
  const first = await list({ limit: MAX_LIMIT, offset: 0, onTotal: readRest });
  if (Math.ceil(first.totalCount / MAX_LIMIT) > MAX_LIST_PAGES) return null;
  readRest(first.totalCount);
  const others = (await rest) ?? [];
  return [...first.items, ...others.flatMap((page) => page.items)];
}

function containerKey(container: GcContainer | null): string {
  return container ? `${container.kind}:${container.pk}` : 'none';
}

/**
 * Per-request loaders. Grand Challenge lists filter by container (`cases/images/?archive=`,
 * `?reader_study=`, `reader-studies/answers/?question__reader_study=`), so a batch asking for
 * several objects of one container is served by that container's list — calls stay flat as
 * lists grow — and a single object is read directly.
 */
export function createGrandChallengeLoaders(api: GrandChallengeApi): GrandChallengeLoaders {
  const archiveImages = new WholeListReads((archivePk) =>
    readAll((page) => api.listImages(page, { archive: archivePk })),
  );
  const studyImages = new WholeListReads((studyPk) =>
    readAll((page) => api.listImages(page, { reader_study: studyPk })),
  );
  /** The whole image list of a container Grand Challenge filters images by. */
  const imagesOf = (container: GcContainer | null): WholeListReads<GcImageModel[] | null> | null =>
    container?.kind === 'archive' ? archiveImages : container?.kind === 'readerStudy' ? studyImages : null;
  const image = new DataLoader<ImageKey, GcImageModel | null, string>(
    async (keys) => {
      const found = new Map<string, GcImageModel | null>();
      const groups = groupBy(keys, (key) => containerKey(key.container));
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const container = group[0]?.container ?? null;
          const images = imagesOf(container);
          // Several images of one container, or its list already started: the container's list serves them.
          const listed =
            container && images && (group.length > 1 || images.started(container.pk))
              ? await images.load(container.pk)
              : null;
          if (listed) {
            const byPk = new Map(listed.map((i) => [i.pk, i]));
            for (const key of group) found.set(key.pk, byPk.get(key.pk) ?? null);
            return;
          }
          await Promise.all(group.map(async (key) => found.set(key.pk, await api.getImage(key.pk))));
        }),
      );
      return keys.map((key) => found.get(key.pk) ?? null);
    },
    { cacheKeyFn: (key) => key.pk },
  );

  const algorithm = new DataLoader<string, GcAlgorithmModel | null, string>(async (pks) => {
    if (pks.length === 1) return [await api.getAlgorithm(pks[0] ?? '')];
    // Several algorithms: the caller's visible algorithms are a short list, read in one call.
    const all = (await readAll((page) => api.listAlgorithms(page))) ?? [];
    const byPk = new Map(all.map((a) => [a.pk, a]));
    return Promise.all(pks.map(async (pk) => byPk.get(pk) ?? (await api.getAlgorithm(pk))));
  });

  const studyAnswers = new WholeListReads((studyPk) =>
    readAll((page) => api.listAnswers(page, { question__reader_study: studyPk })),
  );

  const answersOf = new DataLoader<
    { displaySetPk: string; readerStudyPk: string | null },
    GcAnswerModel[],
    string
  >(
    async (keys) => {
      const byStudy = groupBy(keys, (key) => key.readerStudyPk ?? '');
      const result = new Map<string, GcAnswerModel[]>();
      await Promise.all(
        [...byStudy].map(async ([study, group]) => {
          // Several display sets, or a study read already started: the study's list serves them all.
          const whole =
            study && (group.length > 1 || studyAnswers.started(study))
              ? await studyAnswers.load(study)
              : null;
          if (whole) {
            const byDisplaySet = groupBy(whole, (answer) => answer.displaySetPk);
            for (const key of group) result.set(key.displaySetPk, byDisplaySet.get(key.displaySetPk) ?? []);
            return;
          }
          await Promise.all(
            group.map(async (key) =>
              result.set(
                key.displaySetPk,
                (await readAll((page) => api.listAnswers(page, { display_set: key.displaySetPk }))) ?? [],
              ),
            ),
          );
        }),
      );
      return keys.map((key) => result.get(key.displaySetPk) ?? []);
    },
    { cacheKeyFn: (key) => key.displaySetPk },
  );

  return {
    challenge: perKeyLoader((slug: string) => api.getChallenge(slug)),
    algorithm,
    job: perKeyLoader((pk: string) => api.getJob(pk)),
    archive: perKeyLoader((pk: string) => api.getArchive(pk)),
    archiveItem: perKeyLoader((pk: string) => api.getArchiveItem(pk)),
    readerStudy: perKeyLoader((pk: string) => api.getReaderStudy(pk)),
    displaySet: perKeyLoader((pk: string) => api.getDisplaySet(pk)),
    image,
    answersOf,
    studyAnswers,
    archiveImages,
    studyImages,
  };
}
