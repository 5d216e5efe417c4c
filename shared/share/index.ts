// Share links: a brief in the URL fragment of the PWA's address (see codec.ts for the format).
export {
  DEFAULT_PWA_URL,
  MAX_LINK_LENGTH,
  MAX_PAYLOAD_BYTES,
  SHARE_FORMAT_VERSION,
  SHARE_LINK_BUDGET,
  ShareLinkError,
  decodeBrief,
  decodeShareLink,
  encodeBrief,
  fitsInLink,
  type DecodedLink,
  type ShareLinkProblem,
} from './codec.ts';
