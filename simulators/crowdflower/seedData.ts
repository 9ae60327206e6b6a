import { pick, rng, hashSeed } from '../core/random.js';

/** Source rows and CML for the seeded jobs: plausible, deterministic, made-up names only. */

export const SENTIMENT_CML = `<p>{{text}}</p>
<cml:radios label="What is the sentiment of this tweet toward the product?" name="sentiment" validates="required" gold="true">
  <cml:radio label="Positive" value="positive"/>
  <cml:radio label="Negative" value="negative"/>
  <cml:radio label="Neutral" value="neutral"/>
  <cml:radio label="Not about the product" value="not_relevant"/>
</cml:radios>`;

export const IMAGE_CML = `<img src="{{image_url}}" width="320"/>
<cml:radios label="How relevant is this image to the search query {{query}}?" name="relevance" validates="required">
  <cml:radio label="Highly relevant" value="highly_relevant"/>
  <cml:radio label="Somewhat relevant" value="somewhat_relevant"/>
  <cml:radio label="Not relevant" value="not_relevant"/>
</cml:radios>
<cml:checkboxes label="Does the image have any of these problems?" name="problems">
  <cml:checkbox label="Broken or missing image" value="broken"/>
  <cml:checkbox label="Watermark" value="watermark"/>
  <cml:checkbox label="Adult content" value="adult"/>
</cml:checkboxes>`;

export const ENTITY_CML = `<h3>{{headline}}</h3>
<cml:text label="Which company does the headline mention?" name="company" validates="required"/>
<cml:radios label="Does the headline name a person?" name="mentions_person" validates="required">
  <cml:radio label="Yes" value="yes"/>
  <cml:radio label="No" value="no"/>
</cml:radios>`;

export const REVIEW_CML = `<blockquote>{{review}}</blockquote>
<cml:radios label="Overall sentiment of the review" name="sentiment" validates="required" gold="true">
  <cml:radio label="Positive" value="positive"/>
  <cml:radio label="Negative" value="negative"/>
  <cml:radio label="Mixed" value="mixed"/>
</cml:radios>`;

export const CATEGORY_CML = `<p><strong>{{title}}</strong> by {{brand}}</p>
<cml:select label="Product category" name="category" validates="required">
  <cml:option label="Electronics" value="electronics"/>
  <cml:option label="Home and kitchen" value="home_kitchen"/>
  <cml:option label="Toys and games" value="toys_games"/>
  <cml:option label="Sports and outdoors" value="sports_outdoors"/>
  <cml:option label="Beauty" value="beauty"/>
</cml:select>`;

export const SPAM_CML = `<p>{{body}}</p>
<cml:radios label="Is this forum post spam?" name="is_spam" validates="required">
  <cml:radio label="Spam" value="yes"/>
  <cml:radio label="Not spam" value="no"/>
</cml:radios>`;

export const LOGO_CML = `<img src="{{photo_url}}" width="320"/>
<cml:radios label="Is the store's logo visible?" name="logo_visible" validates="required">
  <cml:radio label="Yes, clearly" value="clear"/>
  <cml:radio label="Partly" value="partial"/>
  <cml:radio label="No" value="no"/>
</cml:radios>`;

const PRODUCTS = ['Nimbus X2 phone', 'Aerolite earbuds', 'Kestrel smartwatch', 'Orbit tablet', 'Vela laptop'];
const OPINIONS: ReadonlyArray<readonly [string, string]> = [
  ['The {p} is honestly the best thing I bought this year', 'positive'],
  ['My {p} died after two days, so disappointed', 'negative'],
  ['{p} arrived today, setting it up now', 'neutral'],
  ['Battery life on the {p} is way better than advertised', 'positive'],
  ['The {p} keeps disconnecting and support was useless', 'negative'],
  ['Looks nice but the {p} is way too expensive', 'negative'],
  ['Anyone watching the {p} keynote tonight?', 'neutral'],
  ['Best pizza in town, no contest. Sorry {p}, not today', 'not_relevant'],
];
const HANDLES = [
  '@mira_codes',
  '@tomfromtulsa',
  '@kiki_b',
  '@lagosdev',
  '@runwithraj',
  '@quietfox',
  '@ana_pt',
];
const QUERIES = [
  'red running shoes',
  'mountain cabin',
  'golden retriever puppy',
  'espresso machine',
  'city skyline night',
];
const COMPANIES = [
  'Northwind Traders',
  'Contoso',
  'Fabrikam',
  'Globex',
  'Initech',
  'Tailspin Toys',
  'Wingtip',
];
const PEOPLE = ['Dana Whitfield', 'Omar Haddad', 'Priya Raman', 'Lars Eklund', 'Chen Wei', 'Amara Obi'];
const EVENTS = [
  'to acquire rival in $2B deal',
  'shares jump after earnings beat',
  'recalls 40,000 units',
  'opens new plant in Ohio',
];
const RESTAURANTS = ['Casa Lupe', 'The Copper Pot', 'Sakura House', 'Bistro 41', 'Green Fork'];
const REVIEWS: ReadonlyArray<readonly [string, string]> = [
  ['Amazing tacos and friendly staff, will be back!', 'positive'],
  ['Cold food and we waited an hour. Never again.', 'negative'],
  ['Great view, but the pasta was bland.', 'mixed'],
  ['Best ramen in town, hands down.', 'positive'],
  ['Overpriced and the waiter was rude.', 'negative'],
  ['Lovely desserts, shame about the noise.', 'mixed'],
];
const BRANDS = ['Acorn', 'Brightline', 'Cobalt', 'Dune', 'Ember'];
const ITEMS: ReadonlyArray<readonly [string, string]> = [
  ['USB-C charging cable 2m', 'electronics'],
  ['Cast iron skillet 10"', 'home_kitchen'],
  ['Wooden puzzle set', 'toys_games'],
  ['Yoga mat 6mm', 'sports_outdoors'],
  ['Vitamin C serum', 'beauty'],
  ['Bluetooth speaker', 'electronics'],
];
const FORUMS = ['gardening', 'retro-gaming', 'home-brewing', 'cycling'];
const POSTS: ReadonlyArray<readonly [string, string]> = [
  ['Has anyone tried growing tomatoes in buckets?', 'no'],
  ['BUY CHEAP WATCHES NOW best prices click here!!!', 'yes'],
  ['My SNES power supply died, any replacement tips?', 'no'],
  ['Earn $500 a day from home, DM me for details', 'yes'],
  ['What gear ratio do you use for hill climbs?', 'no'],
];

/**
 * A source row and, where the row implies one, the answer a careful contributor would give. The
 * answer never leaves the simulator; it only steers the simulated crowd.
 */
export interface SeedRow {
  readonly data: Record<string, string>;
  readonly truth?: Record<string, unknown>;
}

export type RowMaker = (index: number) => SeedRow;

function pair(
  items: ReadonlyArray<readonly [string, string]>,
  ...parts: Array<string | number>
): [string, string] {
  const [text, label] = pick(items, ...parts);
  return [text, label];
}

export const tweetRow: RowMaker = (index) => {
  const random = rng(hashSeed('tweet', index));
  const [template, sentiment] = pair(OPINIONS, 'opinion', index);
  return {
    data: {
      tweet_id: String(1_790_000_000_000_000_000n + BigInt(hashSeed('tweet-id', index))),
      author: pick(HANDLES, 'handle', index),
      text: `${template.replace('{p}', pick(PRODUCTS, 'product', index))}${random() < 0.3 ? ' #tech' : ''}`,
    },
    truth: { sentiment },
  };
};

export const imageRow: RowMaker = (index) => ({
  data: {
    query: pick(QUERIES, 'query', index),
    image_url: `https://images.example.com/search/${hashSeed('image', index).toString(16)}.jpg`,
    rank: String(1 + (index % 20)),
  },
});

export const headlineRow: RowMaker = (index) => {
  const company = pick(COMPANIES, 'company', index);
  const event = pick(EVENTS, 'event', index);
  const withPerson = hashSeed('person?', index) % 2 === 0;
  return {
    data: {
      headline: withPerson
        ? `${company} CEO ${pick(PEOPLE, 'person', index)} says firm ${event.replace(/^to /, 'plans to ')}`
        : `${company} ${event}`,
      source: pick(['Wire Daily', 'Market Herald', 'The Ledger'], 'source', index),
    },
    truth: { company, mentions_person: withPerson ? 'yes' : 'no' },
  };
};

export const reviewRow: RowMaker = (index) => {
  const [review, sentiment] = pair(REVIEWS, 'review', index);
  return {
    data: { review_id: `r-${10_000 + index}`, restaurant: pick(RESTAURANTS, 'restaurant', index), review },
    truth: { sentiment },
  };
};

/** Gold rows carry the answer and a reason, as uploaded test questions do. */
export const goldReviewRow: RowMaker = (index) => {
  const [review, sentiment] = REVIEWS[index % REVIEWS.length] ?? ['Fine.', 'positive'];
  return {
    data: {
      review_id: `g-${500 + index}`,
      restaurant: pick(RESTAURANTS, 'restaurant-gold', index),
      review,
      _golden: 'true',
      sentiment_gold: sentiment,
      sentiment_gold_reason: `This review is clearly ${sentiment}.`,
    },
  };
};

export const productRow: RowMaker = (index) => {
  const [title, category] = pair(ITEMS, 'item', index);
  return {
    data: {
      sku: `SKU-${(40_000 + (hashSeed('sku', index) % 50_000)).toString()}`,
      title,
      brand: pick(BRANDS, 'brand', index),
    },
    truth: { category },
  };
};

export const postRow: RowMaker = (index) => {
  const [body, spam] = pair(POSTS, 'post', index);
  return {
    data: { post_id: String(700_000 + index), forum: pick(FORUMS, 'forum', index), body },
    truth: { is_spam: spam },
  };
};

export const storefrontRow: RowMaker = (index) => ({
  data: {
    store_id: `store-${3000 + index}`,
    photo_url: `https://photos.example.com/storefronts/${hashSeed('storefront', index).toString(16)}.jpg`,
  },
});
