/** Absolute URLs on the caller's origin, the way DRF's hyperlinked fields build them. */
export class Links {
  readonly origin: string;

  constructor(origin: string) {
    this.origin = origin;
  }

  api(path: string): string {
    return `${this.origin}/api/v1/${path}`;
  }

  web(path: string): string {
    return `${this.origin}/${path}`;
  }

  media(key: string): string {
    return `${this.origin}/media/${key.split('/').map(encodeURIComponent).join('/')}`;
  }

  algorithm = (pk: string): string => this.api(`algorithms/${pk}/`);
  algorithmImage = (pk: string): string => this.api(`algorithms/images/${pk}/`);
  job = (pk: string): string => this.api(`algorithms/jobs/${pk}/`);
  archive = (pk: string): string => this.api(`archives/${pk}/`);
  image = (pk: string): string => this.api(`cases/images/${pk}/`);
  readerStudy = (pk: string): string => this.api(`reader-studies/${pk}/`);
  displaySet = (pk: string): string => this.api(`reader-studies/display-sets/${pk}/`);
  question = (pk: string): string => this.api(`reader-studies/questions/${pk}/`);
  answer = (pk: string): string => this.api(`reader-studies/answers/${pk}/`);
  upload = (pk: string): string => this.api(`uploads/${pk}/`);
  challenge = (slug: string): string => this.api(`challenges/${slug}/`);
  evaluation = (pk: string): string => this.api(`evaluations/${pk}/`);
  socket = (pk: number): string => this.api(`components/interfaces/${pk}/`);
}

/** Logos live on the public user-content CDN, not behind the API. */
export function logoUrl(kind: string, pk: string): string {
  return `https://public.grand-challenge-user-content.org/logos/${kind}/${pk}/logo.x20.jpeg`;
}
