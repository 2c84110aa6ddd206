// robots.txt (RFC 9309): groups by user-agent, Allow/Disallow with * and $, longest match wins, Allow wins ties.

export interface RobotsRule {
  allow: boolean;
  path: string;
}

interface Group {
  agents: string[];
  rules: RobotsRule[];
}

export function parseRobots(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else if ((field === 'allow' || field === 'disallow') && current) {
      if (value) current.rules.push({ allow: field === 'allow', path: value });
      lastWasAgent = false;
    } else lastWasAgent = false;
  }
  return groups;
}

/** The rules that apply to a product token: its own groups, else the "*" groups. */
export function rulesFor(groups: readonly Group[], agent: string): RobotsRule[] {
  const token = agent.toLowerCase();
  const own = groups.filter((g) => g.agents.some((a) => a !== '*' && token.startsWith(a)));
  return (own.length ? own : groups.filter((g) => g.agents.includes('*'))).flatMap((g) => g.rules);
}

export function isAllowed(rules: readonly RobotsRule[], pathAndQuery: string): boolean {
  let best: RobotsRule | undefined;
  for (const rule of rules) {
    if (!matches(rule.path, pathAndQuery)) continue;
    if (!best || rule.path.length > best.path.length || (rule.path.length === best.path.length && rule.allow)) best = rule;
  }
  return best?.allow ?? true;
}

/** Wildcard match without regex backtracking: "*" is any run, a final "$" anchors the end, else a prefix match. */
function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const pat = anchored ? pattern.slice(0, -1) : `${pattern}*`;
  let p = 0;
  let s = 0;
  let star = -1;
  let resume = 0;
  while (s < path.length) {
    if (p < pat.length && pat[p] !== '*' && pat[p] === path[s]) {
      p++;
      s++;
    } else if (p < pat.length && pat[p] === '*') {
      star = p++;
      resume = s;
    } else if (star >= 0) {
      p = star + 1;
      s = ++resume;
    } else return false;
  }
  while (pat[p] === '*') p++;
  return p === pat.length;
}
