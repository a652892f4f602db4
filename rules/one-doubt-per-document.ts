import type { Flag } from './contract/index.ts';

/**
 * One cause, one flag: a document read poorly leaves several of its fields uncertain (rows, the
 * printed date, the term), and each rule that needs one says so. The reviewer opens the document
 * once, so its EXTRACTION_UNCERTAIN flags become one, in the place of the first, naming every
 * field (messages joined, values listed), and says once what the employer can do. Flags on no
 * file are left as they are.
 */
export function oneDoubtPerDocument(flags: readonly Flag[]): Flag[] {
  const byFile = new Map<string, Flag[]>();
  for (const f of flags) if (f.code === 'EXTRACTION_UNCERTAIN' && f.file !== null) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const out: Flag[] = [];
  for (const f of flags) {
    const group = f.code === 'EXTRACTION_UNCERTAIN' && f.file !== null ? byFile.get(f.file)! : [f];
    if (group.length === 1) out.push(group === byFile.get(f.file ?? '') ? withAction(f) : f);
    else if (group[0] === f) out.push(withAction(merge(group)));
  }
  return out;
}

/** What the employer can do about a document the reviewer could not read surely (its message names the fields). */
export const DOUBT_ACTION = '如材料该项未填写或扫描不清，请补全或重新扫描（不低于300dpi）后上传';

function withAction(f: Flag): Flag {
  return f.message.endsWith(DOUBT_ACTION) ? f : { ...f, message: `${f.message}；${DOUBT_ACTION}` };
}

function merge(group: readonly Flag[]): Flag {
  const pages = new Set(group.map((f) => f.page));
  return {
    ...group[0],
    // Doubts on different pages point at the document, not at one page.
    page: pages.size === 1 ? group[0].page : null,
    message: [...new Set(group.map((f) => f.message))].join('；'),
    // Each doubt names the clause of the rule it stands in for; each clause once.
    rule: [...new Set(group.map((f) => f.rule))].join('、'),
    evidence: {
      box: group.length === 1 ? group[0].evidence.box : null,
      value: group.map((f) => f.evidence.value),
      expected: null,
      text: group.find((f) => f.evidence.text != null)?.evidence.text ?? null,
    },
  };
}
