import type { ClaimLexicon } from '../../story/claims.js';

// Phrases that dispute the claim just reported.
export const claims: ClaimLexicon = {
  disputeMarkers: [
    'without evidence',
    'without providing evidence',
    'provided no evidence',
    'offered no evidence',
    'no evidence',
    'denied',
    'denies',
    'rejected this description',
    'rejected the claim',
    'disputed',
  ],
};
