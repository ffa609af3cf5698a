// Names the text contains are kept apart from names it does not: every alias must occur in the
// article (as whole words, ignoring case), and an entity's label must occur in it or be listed
// among its outsideNames with where it comes from. So a researcher can tell "PLA" (the curator's
// knowledge) from "Chinese military" (the article's words).
import { ENTITY_TYPES, type CuratedNode } from '../model/index.js';
import { occursInText } from '../text/occurs-in-text.js';
import { jsonPath, quote, type Problem } from './problem.js';

export { occursInText };

export function checkNames(nodes: readonly { node: CuratedNode; index: number }[], text: string, file: string, problems: Problem[]): void {
  for (const { node, index } of nodes) {
    node.aliases.forEach((alias, i) => {
      if (occursInText(text, alias)) return;
      problems.push({
        file,
        where: jsonPath(['nodes', index, 'aliases', i]),
        code: 'name-not-in-text',
        message: `alias ${quote(alias)} does not occur in the article; move it to outsideNames with its source`,
      });
    });
    const outside = new Set((node.outsideNames ?? []).map((o) => o.name));
    if ((ENTITY_TYPES as readonly string[]).includes(node.type) && !outside.has(node.label) && !occursInText(text, node.label)) {
      problems.push({
        file,
        where: jsonPath(['nodes', index, 'label']),
        code: 'name-not-in-text',
        message: `label ${quote(node.label)} does not occur in the article; list it in outsideNames with its source`,
      });
    }
  }
}
