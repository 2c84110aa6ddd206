// Function words that say nothing about which event a report covers.
export const stopwords: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'is', 'was',
  'were', 'are', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they',
  'we', 'i', 'you', 'his', 'her', 'their', 'our', 'said', 'says', 'told', 'not', 'no', 'after', 'before', 'which', 'who',
  'will', 'would', 'could', 'also', 'than', 'more', 'about', 'into', 'over', 'while', 'there', 'when', 'where', 'all',
  'some', 'other', 'on', 'up', 'out', 'if', 'so', 'do', 'did', 'can', 'may', 'since', 'during', 'against', 'under',
];
