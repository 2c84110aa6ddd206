import type { ClaimLexicon } from '../../story/claims.js';

// Phrases that dispute the claim just reported (canonical forms).
export const claims: ClaimLexicon = {
  disputeMarkers: [
    'رفضوا هذا الوصف',
    'رفض هذا الوصف',
    'رفضت هذا الوصف',
    'رفضوا هذه الروايه',
    'نفي',
    'نفت',
    'ينفي',
    'تنفي',
    'دون تقديم اي دليل',
    'دون تقديم ادله',
    'دون ان يقدم',
    'دون دليل',
    'بلا دليل',
    'لا يقدم اي دليل',
    'لم يقدم اي دليل',
    'لم تكشف عن اي تفاصيل',
    'لم تقدم اي دليل',
  ],
};
