/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Normalized lifecycle of a challenge, whatever the platform calls it. */
export type ChallengeStatus =
  /** Open for participation. */
  | 'ACTIVE'
  /** Finished or closed. */
  | 'ENDED'
  /** The platform reported a state crowdgraph does not recognise; see `platformStatus`. */
  | 'UNKNOWN'
  /** Announced, not yet open. */
  | 'UPCOMING';

/** Normalized state of a job (crowd job, algorithm job, course job). */
export type JobStatus =
  /** Stopped for good by its owner. */
  | 'CANCELED'
  /** Finished with an error. */
  | 'FAILED'
  /** Paused by its owner; may resume. */
  | 'PAUSED'
  /** Created, not yet ordered or queued. */
  | 'PENDING'
  /** Queued to run. */
  | 'QUEUED'
  /** Running or collecting judgments. */
  | 'RUNNING'
  /** Finished successfully. */
  | 'SUCCEEDED'
  /** The platform reported a state crowdgraph does not recognise; see `platformStatus`. */
  | 'UNKNOWN';

/** The platforms crowdgraph unifies. */
export type Platform =
  /** Arena: a Django job server for classification courses. */
  | 'ARENA'
  /** crowdAI: open ML challenges graded by external graders. */
  | 'CROWDAI'
  /** CrowdCent Challenge (crowdcent.com): stock and crypto ranking prediction challenges. */
  | 'CROWDCENT'
  /** CrowdFlower / Figure Eight: crowd work jobs, units, judgments and workers. */
  | 'CROWDFLOWER'
  /** Grand Challenge (grand-challenge.org): biomedical-imaging challenges, algorithms and reader studies. */
  | 'GRAND_CHALLENGE';

/** Normalized state of a submission. */
export type SubmissionStatus =
  /** Rejected or failed to score. */
  | 'FAILED'
  /** Received, waiting to be processed or scored. */
  | 'PENDING'
  /** Being processed or graded. */
  | 'PROCESSING'
  /** Waiting for the next round or period to open. */
  | 'QUEUED'
  /** Scored. */
  | 'SCORED'
  /** The platform reported a state crowdgraph does not recognise; see `platformStatus`. */
  | 'UNKNOWN';

export type CrowdCentChallengeQueryVariables = Exact<{
  slug: string;
}>;

export type CrowdCentChallengeQuery = {
  crowdcent: {
    challenge: {
      id: string;
      slug: string;
      name: string;
      status: ChallengeStatus;
      isActive: boolean;
      latestTrainingDataset: { version: string; downloadUrl: string | null } | null;
      trainingDatasets: {
        totalCount: number;
        nodes: Array<{ version: string; isLatest: boolean; createdAt: string | null }>;
      } | null;
      currentInferencePeriod: { releaseDate: string; submissionDeadline: string; isOpen: boolean } | null;
      submissions: {
        nodes: Array<{
          submissionId: number;
          slot: number;
          status: SubmissionStatus;
          score: number | null;
          submitter: string | null;
          periodReleaseDate: string;
        }>;
      } | null;
    } | null;
  };
};

export type PauseCrowdFlowerJobMutationVariables = Exact<{
  jobId: number;
}>;

export type PauseCrowdFlowerJobMutation = {
  pauseCrowdFlowerJob: {
    message: string | null;
    job: { jobId: number; title: string | null; status: JobStatus } | null;
    userErrors: Array<{ field: Array<string> | null; message: string; code: string }>;
  };
};

export type ListChallengesQueryVariables = Exact<{
  platforms?: Array<Platform> | Platform | null | undefined;
  status?: ChallengeStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ListChallengesQuery = {
  challenges: {
    totalCount: number | null;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<
      | {
          __typename: 'ArenaRound';
          id: string;
          platform: Platform;
          nativeId: string;
          name: string;
          status: ChallengeStatus;
          endsAt: string | null;
          url: string | null;
        }
      | {
          __typename: 'CrowdAIChallenge';
          id: string;
          platform: Platform;
          nativeId: string;
          name: string;
          status: ChallengeStatus;
          endsAt: string | null;
          url: string | null;
        }
      | {
          __typename: 'CrowdCentChallenge';
          id: string;
          platform: Platform;
          nativeId: string;
          name: string;
          status: ChallengeStatus;
          endsAt: string | null;
          url: string | null;
        }
      | {
          __typename: 'GrandChallengeChallenge';
          id: string;
          platform: Platform;
          nativeId: string;
          name: string;
          status: ChallengeStatus;
          endsAt: string | null;
          url: string | null;
        }
    >;
  };
};

export type ChallengeByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type ChallengeByIdQuery = {
  node:
    | { __typename: 'ArenaDataset'; id: string }
    | { __typename: 'ArenaGroup'; id: string }
    | { __typename: 'ArenaJob'; id: string }
    | { __typename: 'ArenaPoint'; id: string }
    | { __typename: 'ArenaRound'; platform: Platform; name: string; status: ChallengeStatus; id: string }
    | { __typename: 'ArenaWorker'; id: string }
    | {
        __typename: 'CrowdAIChallenge';
        platform: Platform;
        name: string;
        status: ChallengeStatus;
        id: string;
      }
    | { __typename: 'CrowdAIParticipant'; id: string }
    | { __typename: 'CrowdAISubmission'; id: string }
    | {
        __typename: 'CrowdCentChallenge';
        platform: Platform;
        name: string;
        status: ChallengeStatus;
        id: string;
      }
    | { __typename: 'CrowdCentInferencePeriod'; id: string }
    | { __typename: 'CrowdCentMetaModel'; id: string }
    | { __typename: 'CrowdCentSubmission'; id: string }
    | { __typename: 'CrowdCentTrainingDataset'; id: string }
    | { __typename: 'CrowdFlowerJob'; id: string }
    | { __typename: 'CrowdFlowerJudgment'; id: string }
    | { __typename: 'CrowdFlowerUnit'; id: string }
    | { __typename: 'CrowdFlowerWorker'; id: string }
    | { __typename: 'GrandChallengeAlgorithm'; id: string }
    | { __typename: 'GrandChallengeAlgorithmJob'; id: string }
    | { __typename: 'GrandChallengeAnswer'; id: string }
    | { __typename: 'GrandChallengeArchive'; id: string }
    | { __typename: 'GrandChallengeArchiveItem'; id: string }
    | {
        __typename: 'GrandChallengeChallenge';
        platform: Platform;
        name: string;
        status: ChallengeStatus;
        id: string;
      }
    | { __typename: 'GrandChallengeDisplaySet'; id: string }
    | { __typename: 'GrandChallengeEvaluation'; id: string }
    | { __typename: 'GrandChallengeImage'; id: string }
    | { __typename: 'GrandChallengeReader'; id: string }
    | { __typename: 'GrandChallengeReaderStudy'; id: string }
    | null;
};

export const CrowdCentChallengeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CrowdCentChallenge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crowdcent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'challenge' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'slug' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latestTrainingDataset' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'trainingDatasets' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'isLatest' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'currentInferencePeriod' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'releaseDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'submissionDeadline' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submissions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'submitter' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'periodReleaseDate' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CrowdCentChallengeQuery, CrowdCentChallengeQueryVariables>;
export const PauseCrowdFlowerJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PauseCrowdFlowerJob' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'jobId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pauseCrowdFlowerJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'jobId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'jobId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'job' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PauseCrowdFlowerJobMutation, PauseCrowdFlowerJobMutationVariables>;
export const ListChallengesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListChallenges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Platform' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChallengeStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'challenges' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'platforms' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'platforms' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'platform' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nativeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListChallengesQuery, ListChallengesQueryVariables>;
export const ChallengeByIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChallengeById' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Challenge' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'platform' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChallengeByIdQuery, ChallengeByIdQueryVariables>;
