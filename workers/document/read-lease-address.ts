/** The label that introduces the rented flat's address, then its value up to the clause's punctuation. */
const ADDRESS = /(?:房屋坐落于|坐落于|房屋坐落|房屋地址|房屋位于|坐落在|租赁房屋位于|位于|坐落)\s*[:：;；,，]{0,2}\s*([^\n,，。;；]{4,60})/;
/** Where an address ends for sure: a flat, a house number, a floor. */
const ADDRESS_END = /(?:室|户|号|层|楼)$/;
/** A cell OCR split off the same row ("北京市朝阳区朝阳  (路131号院…"): marks before it are the split's debris. */
const SPLIT_DEBRIS = /^[[(（【|“”"'‘’`]+/;
/** What the next line may open with when the address wrapped onto it: the flat ("室，房屋用途为…"). */
const WRAPPED_TAIL = /^\s*([0-9A-Za-z\u3400-\u9fff-]{1,4})\s*[,，。;；]/;
const TAIL_WORDS = /^(?:[0-9A-Za-z-]*(?:室|户|号|层|楼|单元|号楼|号院))$/;

/**
 * The rented flat's address after 房屋坐落于 / 位于 …: up to the clause's comma, with the pieces OCR
 * split off the same row joined back while the address has not reached its flat, and a flat that
 * wrapped onto the next line ("…5单元1504" / "室，房屋用途…") taken back. Null when fewer than four
 * characters are left.
 */
export function readLeaseAddress(text: string): string | null {
  const m = ADDRESS.exec(text);
  if (!m) return null;
  const pieces = m[1].split(/\s{2,}/);
  let address = clean(pieces[0]);
  for (const piece of pieces.slice(1)) {
    if (ADDRESS_END.test(address) || /房屋|用途|出租|租给|交付/.test(address)) break;
    const next = clean(piece.replace(SPLIT_DEBRIS, ''));
    if (!/^[0-9\u3400-\u9fff]/.test(next)) break;
    address += next;
  }
  const lineEnd = m.index + m[0].length;
  if (text[lineEnd] === '\n' && pieces.length === 1 && !ADDRESS_END.test(address)) {
    const tail = WRAPPED_TAIL.exec(text.slice(lineEnd + 1));
    if (tail && TAIL_WORDS.test(tail[1])) address += tail[1];
  }
  address = address.split(/的(?:房屋|住房|房产|住宅)|出租给|租给|交付|房屋用途?$/)[0];
  return address.replace(/_/g, '').length < 4 ? null : address;
}

function clean(s: string): string {
  return s.replace(/\s+/g, '').replace(/[_]+$/, '');
}
