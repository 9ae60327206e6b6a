/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query CrowdCentChallenge($slug: String!) {\n  crowdcent {\n    challenge(slug: $slug) {\n      id\n      slug\n      name\n      status\n      isActive\n      latestTrainingDataset {\n        version\n        downloadUrl\n      }\n      trainingDatasets {\n        totalCount\n        nodes {\n          version\n          isLatest\n          createdAt\n        }\n      }\n      currentInferencePeriod {\n        releaseDate\n        submissionDeadline\n        isOpen\n      }\n      submissions {\n        nodes {\n          submissionId\n          slot\n          status\n          score\n          submitter\n          periodReleaseDate\n        }\n      }\n    }\n  }\n}': typeof types.CrowdCentChallengeDocument;
  'mutation PauseCrowdFlowerJob($jobId: SafeInt!) {\n  pauseCrowdFlowerJob(input: {jobId: $jobId}) {\n    job {\n      jobId\n      title\n      status\n    }\n    message\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}': typeof types.PauseCrowdFlowerJobDocument;
  'query ListChallenges($platforms: [Platform!], $status: ChallengeStatus, $first: Int, $after: String) {\n  challenges(platforms: $platforms, status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      __typename\n      id\n      platform\n      nativeId\n      name\n      status\n      endsAt\n      url\n    }\n  }\n}': typeof types.ListChallengesDocument;
  'query ChallengeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Challenge {\n      platform\n      name\n      status\n    }\n  }\n}': typeof types.ChallengeByIdDocument;
};
const documents: Documents = {
  'query CrowdCentChallenge($slug: String!) {\n  crowdcent {\n    challenge(slug: $slug) {\n      id\n      slug\n      name\n      status\n      isActive\n      latestTrainingDataset {\n        version\n        downloadUrl\n      }\n      trainingDatasets {\n        totalCount\n        nodes {\n          version\n          isLatest\n          createdAt\n        }\n      }\n      currentInferencePeriod {\n        releaseDate\n        submissionDeadline\n        isOpen\n      }\n      submissions {\n        nodes {\n          submissionId\n          slot\n          status\n          score\n          submitter\n          periodReleaseDate\n        }\n      }\n    }\n  }\n}':
    types.CrowdCentChallengeDocument,
  'mutation PauseCrowdFlowerJob($jobId: SafeInt!) {\n  pauseCrowdFlowerJob(input: {jobId: $jobId}) {\n    job {\n      jobId\n      title\n      status\n    }\n    message\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}':
    types.PauseCrowdFlowerJobDocument,
  'query ListChallenges($platforms: [Platform!], $status: ChallengeStatus, $first: Int, $after: String) {\n  challenges(platforms: $platforms, status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      __typename\n      id\n      platform\n      nativeId\n      name\n      status\n      endsAt\n      url\n    }\n  }\n}':
    types.ListChallengesDocument,
  'query ChallengeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Challenge {\n      platform\n      name\n      status\n    }\n  }\n}':
    types.ChallengeByIdDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CrowdCentChallenge($slug: String!) {\n  crowdcent {\n    challenge(slug: $slug) {\n      id\n      slug\n      name\n      status\n      isActive\n      latestTrainingDataset {\n        version\n        downloadUrl\n      }\n      trainingDatasets {\n        totalCount\n        nodes {\n          version\n          isLatest\n          createdAt\n        }\n      }\n      currentInferencePeriod {\n        releaseDate\n        submissionDeadline\n        isOpen\n      }\n      submissions {\n        nodes {\n          submissionId\n          slot\n          status\n          score\n          submitter\n          periodReleaseDate\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query CrowdCentChallenge($slug: String!) {\n  crowdcent {\n    challenge(slug: $slug) {\n      id\n      slug\n      name\n      status\n      isActive\n      latestTrainingDataset {\n        version\n        downloadUrl\n      }\n      trainingDatasets {\n        totalCount\n        nodes {\n          version\n          isLatest\n          createdAt\n        }\n      }\n      currentInferencePeriod {\n        releaseDate\n        submissionDeadline\n        isOpen\n      }\n      submissions {\n        nodes {\n          submissionId\n          slot\n          status\n          score\n          submitter\n          periodReleaseDate\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation PauseCrowdFlowerJob($jobId: SafeInt!) {\n  pauseCrowdFlowerJob(input: {jobId: $jobId}) {\n    job {\n      jobId\n      title\n      status\n    }\n    message\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}',
): (typeof documents)['mutation PauseCrowdFlowerJob($jobId: SafeInt!) {\n  pauseCrowdFlowerJob(input: {jobId: $jobId}) {\n    job {\n      jobId\n      title\n      status\n    }\n    message\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ListChallenges($platforms: [Platform!], $status: ChallengeStatus, $first: Int, $after: String) {\n  challenges(platforms: $platforms, status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      __typename\n      id\n      platform\n      nativeId\n      name\n      status\n      endsAt\n      url\n    }\n  }\n}',
): (typeof documents)['query ListChallenges($platforms: [Platform!], $status: ChallengeStatus, $first: Int, $after: String) {\n  challenges(platforms: $platforms, status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      __typename\n      id\n      platform\n      nativeId\n      name\n      status\n      endsAt\n      url\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ChallengeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Challenge {\n      platform\n      name\n      status\n    }\n  }\n}',
): (typeof documents)['query ChallengeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Challenge {\n      platform\n      name\n      status\n    }\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
