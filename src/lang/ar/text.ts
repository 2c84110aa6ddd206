// Arabic clitics and abbreviations for tokens and sentences, in canonical form.
import type { TextLexicon } from '../../text/lexicon.js';

export const text: TextLexicon = {
  clitics: [
    'وبال',
    'فبال',
    'وكال',
    'وال',
    'بال',
    'فال',
    'كال',
    'ولل',
    'فلل',
    'لل',
    'ال',
    'وب',
    'ول',
    'وك',
    'فب',
    'فل',
    'و',
    'ف',
    'ب',
    'ل',
    'ك',
  ],
  articleClitics: ['وبال', 'فبال', 'وكال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'فلل', 'لل', 'ال'],
  // Single letters (د. أ. م.) are handled as initials by the splitter; these are the longer ones.
  abbreviations: ['ص.ب', 'ق.م', 'ت.م', 'ه.ق'],
};
