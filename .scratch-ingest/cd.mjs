import chardet from 'chardet';
import * as cd from 'chardet';
console.log(Object.keys(cd));
const s = 'قالت وزارة الداخلية في بيان يوم الخميس إن قوات الأمن اعتقلت عشرات المحتجين في المدينة بعد مواجهات عنيفة.';
// encode windows-1256 manually via reverse table
function enc(label){ const dec = new TextDecoder(label); const map = new Map(); for (let b=0;b<256;b++){ const c = dec.decode(new Uint8Array([b])); if(!map.has(c)) map.set(c,b);} return Uint8Array.from([...s].map(ch=>{const b=map.get(ch); if(b===undefined) throw new Error('no '+ch+' in '+label); return b;})); }
for (const l of ['windows-1256','iso-8859-6']) { const b = enc(l); console.log(l, cd.detect(b), cd.analyse(b).slice(0,4)); }
