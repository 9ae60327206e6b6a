import type {
  GrandChallengeAlgorithmJobResolvers,
  GrandChallengeAlgorithmResolvers,
  GrandChallengeAnswerResolvers,
  GrandChallengeArchiveItemResolvers,
  GrandChallengeArchiveResolvers,
  GrandChallengeChallengeResolvers,
  GrandChallengeDisplaySetResolvers,
  GrandChallengeEvaluationResolvers,
  GrandChallengeImageResolvers,
  GrandChallengeQueryResolvers,
  GrandChallengeReaderResolvers,
  GrandChallengeReaderStudyResolvers,
  GrandChallengeSocketValueResolvers,
} from '../__generated__/types.js';
import {
  toReader,
  type GcEvaluationModel,
  type GcJobModel,
} from '../../datasources/grand-challenge/index.js';
import { connectionFromOffsets, filteredConnectionFromOffsets } from '../support/connections.js';
import { nodeId } from '../support/globalId.js';
import { grandChallengeOf } from '../support/platforms.js';
import { encodeSocketValueReference } from './references.js';
import { selectsInNodes } from '../support/lookahead.js';

export const GrandChallengeQuery: GrandChallengeQueryResolvers = {
  challenges: (_root, args, ctx) =>
    connectionFromOffsets({
      load: (page) => grandChallengeOf(ctx).api.listChallenges(page),
      page: args,
      fallbackSize: 50,
    }),
  challenge: (_root, { slug }, ctx) => grandChallengeOf(ctx).loaders.challenge.load(slug),
  algorithms: (_root, args, ctx) =>
    connectionFromOffsets({
      load: (page) => grandChallengeOf(ctx).api.listAlgorithms(page),
      page: args,
      fallbackSize: 50,
    }),
  algorithm: (_root, { slug }, ctx) => grandChallengeOf(ctx).api.algorithmBySlug(slug),
  jobs: async (_root, args, ctx) => {
    const { api } = grandChallengeOf(ctx);
    const algorithm = args.algorithmSlug ? await api.algorithmBySlug(args.algorithmSlug) : undefined;
    if (algorithm === null)
      return connectionFromOffsets({
        load: async () => ({ items: [], totalCount: 0 }),
        page: args,
        fallbackSize: 50,
      });
    const filters = {
      ...(algorithm ? { algorithm: algorithm.pk } : {}),
      ...(args.inputImagePk ? { inputImage: args.inputImagePk } : {}),
      ...(args.outputImagePk ? { outputImage: args.outputImagePk } : {}),
    };
    if (!args.status)
      return connectionFromOffsets({
        load: (page) => api.listJobs(page, filters),
        page: args,
        fallbackSize: 50,
      });
    // The platform has no status filter: pages are scanned and filtered here.
    const status = args.status;
    return filteredConnectionFromOffsets({
      load: (page) => api.listJobs(page, filters),
      filter: (job: GcJobModel) => job.status === status,
      page: args,
      fallbackSize: 50,
    });
  },
  job: (_root, { pk }, ctx) => grandChallengeOf(ctx).loaders.job.load(pk),
  archives: (_root, args, ctx) =>
    connectionFromOffsets({
      load: (page) => grandChallengeOf(ctx).api.listArchives(page),
      page: args,
      fallbackSize: 50,
    }),
  archive: (_root, { slug }, ctx) => grandChallengeOf(ctx).api.archiveBySlug(slug),
  archiveItem: (_root, { pk }, ctx) => grandChallengeOf(ctx).loaders.archiveItem.load(pk),
  readerStudies: (_root, args, ctx) =>
    connectionFromOffsets({
      load: (page) => grandChallengeOf(ctx).api.listReaderStudies(page),
      page: args,
      fallbackSize: 50,
    }),
  readerStudy: (_root, { slug }, ctx) => grandChallengeOf(ctx).api.readerStudyBySlug(slug),
  displaySet: (_root, { pk }, ctx) => grandChallengeOf(ctx).loaders.displaySet.load(pk),
  image: (_root, { pk }, ctx) => grandChallengeOf(ctx).loaders.image.load({ pk, container: null }),
  sockets: (_root, args, ctx) =>
    connectionFromOffsets({
      load: (page) => grandChallengeOf(ctx).api.listSockets(page, args.slug ? { slug: args.slug } : {}),
      page: args,
      fallbackSize: 100,
    }),
  evaluation: (_root, { pk }, ctx) => grandChallengeOf(ctx).api.getEvaluation(pk),
  version: (_root, _args, ctx) => grandChallengeOf(ctx).api.version(),
};

export const GrandChallengeChallenge: GrandChallengeChallengeResolvers = {
  id: nodeId,
  evaluations: async (challenge, args, ctx) => {
    const { api } = grandChallengeOf(ctx);
    const mine = (e: GcEvaluationModel) =>
      e.challengeSlug === challenge.slug && (!args.phaseSlug || e.phaseSlug === args.phaseSlug);
    // Evaluations filter by phase id only, and no endpoint maps a challenge to its phases: read
    // the caller's evaluations (1000 a call) and keep this challenge's.
    const all = await api.listEvaluations({ limit: 1000, offset: 0 });
    const kept = all.items.filter(mine);
    return connectionFromOffsets({
      load: async ({ limit, offset }) => ({
        items: kept.slice(offset, offset + limit),
        totalCount: kept.length,
      }),
      page: args,
      fallbackSize: 50,
    });
  },
};

export const GrandChallengeAlgorithm: GrandChallengeAlgorithmResolvers = {
  id: nodeId,
  jobs: (algorithm, args, ctx) =>
    connectionFromOffsets({
      load: (page) => grandChallengeOf(ctx).api.listJobs(page, { algorithm: algorithm.pk }),
      page: args,
      fallbackSize: 50,
    }),
};

export const GrandChallengeAlgorithmJob: GrandChallengeAlgorithmJobResolvers = {
  id: nodeId,
  algorithm: (job, _args, ctx) =>
    job.algorithmPk ? grandChallengeOf(ctx).loaders.algorithm.load(job.algorithmPk) : null,
};

export const GrandChallengeSocketValue: GrandChallengeSocketValueResolvers = {
  image: (value, _args, ctx) =>
    value.imagePk
      ? grandChallengeOf(ctx).loaders.image.load({ pk: value.imagePk, container: value.container })
      : null,
  fileUrl: (value, _args, ctx) =>
    value.fileUrl
      ? ctx.files.link({
          platform: 'GRAND_CHALLENGE',
          path: value.fileUrl,
          credential: grandChallengeOf(ctx).api.credential,
          filename: value.socket.relativePath.split('/').at(-1) ?? 'file',
        })
      : null,
  reference: (value) => encodeSocketValueReference(value),
};

export const GrandChallengeImage: GrandChallengeImageResolvers = {
  id: nodeId,
  files: (image, _args, ctx) =>
    image.files.map((file) => ({
      imageType: file.imageType,
      downloadUrl: ctx.files.link({
        platform: 'GRAND_CHALLENGE',
        path: file.fileUrl,
        credential: grandChallengeOf(ctx).api.credential,
        filename: file.fileUrl.split('/').at(-1) ?? image.name,
      }),
    })),
};

export const GrandChallengeArchive: GrandChallengeArchiveResolvers = {
  id: nodeId,
  downloadUrl: () => null,
  items: (archive, args, ctx, info) => {
    // Images of the items' values are the archive's: read them beside the items page.
    if (selectsInNodes(info, ['values', 'image']) && (args.first ?? 100) > 1)
      grandChallengeOf(ctx).loaders.archiveImages.prefetch(archive.pk);
    return connectionFromOffsets({
      load: (page) => grandChallengeOf(ctx).api.listArchiveItems(page, { archive: archive.pk }),
      page: args,
      fallbackSize: 100,
    });
  },
};

export const GrandChallengeArchiveItem: GrandChallengeArchiveItemResolvers = {
  id: nodeId,
  archive: (item, _args, ctx) =>
    item.archivePk ? grandChallengeOf(ctx).loaders.archive.load(item.archivePk) : null,
};

export const GrandChallengeReaderStudy: GrandChallengeReaderStudyResolvers = {
  id: nodeId,
  displaySets: (study, args, ctx, info) => {
    // The study's answers and images need only its pk: read them beside the display sets, not a
    // round trip later (images as for an archive's items: a page of one reads its image alone).
    const { loaders } = grandChallengeOf(ctx);
    if (selectsInNodes(info, ['answers'])) loaders.studyAnswers.prefetch(study.pk);
    if (selectsInNodes(info, ['values', 'image']) && (args.first ?? 100) > 1) {
      loaders.studyImages.prefetch(study.pk);
    }
    const filters = args.unansweredBy
      ? { reader_study: study.pk, unanswered_by_user: 'true', user: args.unansweredBy }
      : { reader_study: study.pk };
    return connectionFromOffsets({
      load: (page) => grandChallengeOf(ctx).api.listDisplaySets(page, filters),
      page: args,
      fallbackSize: 100,
    });
  },
};

export const GrandChallengeDisplaySet: GrandChallengeDisplaySetResolvers = {
  id: nodeId,
  readerStudy: (set, _args, ctx) =>
    set.readerStudyPk ? grandChallengeOf(ctx).loaders.readerStudy.load(set.readerStudyPk) : null,
  answers: (set, _args, ctx) =>
    grandChallengeOf(ctx).loaders.answersOf.load({ displaySetPk: set.pk, readerStudyPk: set.readerStudyPk }),
};

export const GrandChallengeAnswer: GrandChallengeAnswerResolvers = {
  id: nodeId,
  // Readers are usernames only: no call.
  worker: (answer) => toReader(answer.creator),
  displaySet: (answer, _args, ctx) =>
    answer.displaySetPk ? grandChallengeOf(ctx).loaders.displaySet.load(answer.displaySetPk) : null,
  question: async (answer, _args, ctx) => {
    if (!answer.displaySetPk || !answer.questionPk) return null;
    const set = await grandChallengeOf(ctx).loaders.displaySet.load(answer.displaySetPk);
    const study = set?.readerStudyPk
      ? await grandChallengeOf(ctx).loaders.readerStudy.load(set.readerStudyPk)
      : null;
    return study?.questions.find((q) => q.pk === answer.questionPk) ?? null;
  },
};

export const GrandChallengeReader: GrandChallengeReaderResolvers = { id: nodeId };

export const GrandChallengeEvaluation: GrandChallengeEvaluationResolvers = {
  id: nodeId,
  challenge: (evaluation, _args, ctx) =>
    grandChallengeOf(ctx).loaders.challenge.load(evaluation.challengeSlug),
};
