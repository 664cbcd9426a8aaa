// Writes packstream-golden.json: values packed by the official JavaScript driver's PackStream v1 packer and
// framed by its chunker (npm neo4j-driver, internal modules of neo4j-driver-bolt-connection). Run through
// make-golden.sh, which installs the driver at a fixed version into a temporary folder (never committed).
//   node make-golden.mjs <folder holding node_modules> <output.json>
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [driverDir, outFile] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(driverDir), 'package.json'));
const lib = 'neo4j-driver-bolt-connection/lib';
const { Packer } = require(`${lib}/packstream/packstream-v1.js`);
const { Structure } = require(`${lib}/packstream/structure.js`);
const { Chunker } = require(`${lib}/channel/chunking.js`);
const RequestMessage = require(`${lib}/bolt/request-message.js`).default;
const core = require('neo4j-driver-core');
const { int } = core;
const txExtra = { bookmarks: new core.internal.bookmarks.Bookmarks(['bm:1']), txConfig: core.internal.txConfig.TxConfig.empty(), database: 'neo4j', mode: 'READ' };
const driverVersion = JSON.parse(readFileSync(require.resolve('neo4j-driver/package.json'))).version;

// A channel that keeps what the chunker flushes.
function capture(write, bufferSize) {
  const parts = [];
  const channel = { write: (buf) => parts.push(Buffer.from(buf._buffer.buffer, buf._buffer.byteOffset, buf.length)) };
  const chunker = new Chunker(channel, bufferSize ?? 65537);
  const packer = new Packer(chunker);
  write(packer);
  chunker.messageBoundary();
  chunker.flush();
  return Buffer.concat(parts);
}

// Strips chunk headers and the closing 00 00: the message's PackStream bytes.
function dechunk(framed) {
  const out = [];
  let i = 0;
  for (;;) {
    const size = framed.readUInt16BE(i); i += 2;
    if (size === 0) break;
    out.push(framed.subarray(i, i + size)); i += size;
  }
  if (i !== framed.length) throw new Error('bytes after the message');
  return Buffer.concat(out);
}

// Typed JSON (what the C# test rebuilds) → the JavaScript value the driver packs.
function toJs(v) {
  switch (v.t) {
    case 'null': return null;
    case 'bool': return v.v;
    case 'int': return int(v.v);
    case 'float': return { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 }[v.v] ?? Number(v.v);
    case 'string': return v.repeat ? v.v.repeat(v.repeat) : v.v;
    case 'bytes': return Int8Array.from(Buffer.from(v.v, 'hex'));
    case 'bytesOfSize': return new Int8Array(v.size).map((_, i) => (i % 256) - 128);
    case 'list': return v.v.map(toJs);
    case 'listOfSize': return Array.from({ length: v.size }, (_, i) => int(i % 100));
    case 'map': return Object.fromEntries(v.v.map(([k, x]) => [k, toJs(x)]));
    case 'mapOfSize': return Object.fromEntries(Array.from({ length: v.size }, (_, i) => [`k${i}`, int(i % 100)]));
    case 'struct': return new Structure(v.sig, v.fields.map(toJs));
    case 'point2d': return new Structure(0x58, [int(v.srid), v.x, v.y]);
    case 'point3d': return new Structure(0x59, [int(v.srid), v.x, v.y, v.z]);
    default: throw new Error(`unknown tag ${v.t}`);
  }
}

const I = (x) => ({ t: 'int', v: String(x) });
const F = (x) => ({ t: 'float', v: String(x) });
const S = (x, repeat) => (repeat ? { t: 'string', v: x, repeat } : { t: 'string', v: x });
const cases = [];
function value(description, v) {
  cases.push({ description, kind: 'value', value: v, ...bytesOf(capture((p) => p.packable(toJs(v))())) });
}
function message(description, name, build, fieldsJson) {
  const msg = build();
  if (msg.signature === undefined) throw new Error('not a message');
  const framed = capture((p) => p.packStruct(msg.signature, msg.fields.map((f) => p.packable(f))));
  cases.push({ description, kind: 'message', name, signature: msg.signature, fields: fieldsJson, ...bytesOf(framed) });
}
function bytesOf(framed) {
  const bytes = dechunk(framed);
  const r = { length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  if (bytes.length <= 4096) r.hex = bytes.toString('hex').toUpperCase();
  else r.headHex = bytes.subarray(0, 16).toString('hex').toUpperCase();
  r.chunkedLength = framed.length;
  r.chunkedSha256 = createHash('sha256').update(framed).digest('hex');
  if (framed.length <= 4096) r.chunkedHex = framed.toString('hex').toUpperCase();
  return r;
}

value('null', { t: 'null' });
value('true', { t: 'bool', v: true });
value('false', { t: 'bool', v: false });
for (const n of ['0', '1', '42', '127', '128', '-1', '-16', '-17', '-128', '-129', '255', '256', '1234',
  '32767', '32768', '-32768', '-32769', '65535', '65536', '2147483647', '2147483648', '-2147483648', '-2147483649',
  '4294967296', '9007199254740993', '9223372036854775807', '-9223372036854775808']) {
  value(`integer ${n}`, I(n));
}
for (const x of ['0', '-0', '1.1', '-1.1', '3.141592653589793', '1e-300', '1.7976931348623157e308', '5e-324',
  'Infinity', '-Infinity', 'NaN', '2.6', '0.1']) {
  value(`float ${x}`, F(x));
}
for (const [label, ch, n] of [['empty', 'a', 0], ['1 byte', 'a', 1], ['15 bytes (largest tiny)', 'a', 15],
  ['16 bytes (smallest STRING_8)', 'a', 16], ['255 bytes (largest STRING_8)', 'a', 255],
  ['256 bytes (smallest STRING_16)', 'a', 256], ['65535 bytes (largest STRING_16)', 'a', 65535],
  ['65536 bytes (smallest STRING_32)', 'a', 65536], ['é ×7 = 14 bytes', 'é', 7], ['é ×8 = 16 bytes: tiny by chars, STRING_8 by bytes', 'é', 8],
  ['€ ×5 = 15 bytes', '€', 5], ['€ ×86 = 258 bytes', '€', 86], ['𝄞 (4-byte UTF-8) ×4 = 16 bytes', '𝄞', 4]]) {
  value(`string ${label}`, S(ch, n));
}
value('string: Li₇La₃Zr₂O₁₂ and mA cm⁻²', S('Li₇La₃Zr₂O₁₂ 2.6 mA cm⁻² at 25 °C'));
value('string with NUL and newline', S('a\u0000b\nc'));
for (const n of [0, 1, 15, 16, 255, 256, 65535, 65536]) {
  value(`list of ${n} integers`, { t: 'listOfSize', size: n });
  value(`map of ${n} entries`, { t: 'mapOfSize', size: n });
}
for (const n of [0, 1, 255, 256, 65535, 65536]) value(`bytes of ${n}`, { t: 'bytesOfSize', size: n });
value('bytes 00 01 FF', { t: 'bytes', v: '0001ff' });
value('nested list', { t: 'list', v: [I(1), S('two'), { t: 'list', v: [F('3.5'), { t: 'null' }] }, { t: 'map', v: [['k', { t: 'bool', v: true }]] }] });
value('map of mixed values', { t: 'map', v: [['name', S('AlN interlayer')], ['value', F('2.6')], ['year', I(2022)], ['tags', { t: 'list', v: [S('a'), S('b')] }], ['none', { t: 'null' }]] });
value('structure with no fields (sig 0x0F)', { t: 'struct', sig: 0x0f, fields: [] });
value('structure with 15 fields', { t: 'struct', sig: 0x7f, fields: Array.from({ length: 15 }, (_, i) => I(i)) });
value('Point2D (WGS-84)', { t: 'point2d', srid: 4326, x: 12.5, y: -1.25 });
value('Point3D (Cartesian 3D)', { t: 'point3d', srid: 9157, x: 1, y: 2.5, z: -3 });

const params = [['ids', { t: 'list', v: [S('p1'), S('p2')] }], ['min', F('2')], ['limit', I(100)]];
const paramsJs = Object.fromEntries(params.map(([k, x]) => [k, toJs(x)]));
const query = 'MATCH (m:Measurement) WHERE m.paperId IN $ids AND m.canonical > $min RETURN m LIMIT $limit';
message('RUN (Bolt 1: query and parameters)', 'RUN', () => RequestMessage.run(query, paramsJs),
  [S(query), { t: 'map', v: params }]);
message('RUN (Bolt 3+: with an extra map: bookmarks, database, read mode)', 'RUN',
  () => RequestMessage.runWithMetadata(query, paramsJs, txExtra),
  null);
message('RUN with a 70 000-byte parameter (several chunks)', 'RUN',
  () => RequestMessage.run('RETURN $s', { s: 'x'.repeat(70000) }), [S('RETURN $s'), { t: 'map', v: [['s', S('x', 70000)]] }]);
message('INIT (Bolt 1)', 'INIT', () => RequestMessage.init('llzograph/1.0', { scheme: 'basic', principal: 'neo4j', credentials: 'secret' }),
  [S('llzograph/1.0'), { t: 'map', v: [['scheme', S('basic')], ['principal', S('neo4j')], ['credentials', S('secret')]] }]);
message('PULL_ALL', 'PULL_ALL', () => RequestMessage.pullAll(), []);
message('RESET', 'RESET', () => RequestMessage.reset(), []);
message('PULL {n: 1000}', 'PULL', () => RequestMessage.pull({ n: int(1000) }), null);
message('PULL {n: 100, qid: 7}', 'PULL', () => RequestMessage.pull({ stmtId: int(7), n: int(100) }), null);
message('GOODBYE', 'GOODBYE', () => RequestMessage.goodbye(), []);

// Messages whose fields the driver computes (the extra maps): record what it built, in typed JSON.
function fromJs(x) {
  if (x === null || x === undefined) return { t: 'null' };
  if (typeof x === 'boolean') return { t: 'bool', v: x };
  if (typeof x === 'string') return S(x);
  if (typeof x === 'number') return F(String(x));
  if (x && typeof x.toString === 'function' && x.high !== undefined && x.low !== undefined) return I(x.toString());
  if (Array.isArray(x)) return { t: 'list', v: x.map(fromJs) };
  return { t: 'map', v: Object.entries(x).filter(([, v]) => v !== undefined).map(([k, v]) => [k, fromJs(v)]) };
}
for (const c of cases) {
  if (c.kind === 'message' && c.fields === null) {
    const build = {
      'RUN (Bolt 3+: with an extra map: bookmarks, database, read mode)': () => RequestMessage.runWithMetadata(query, paramsJs, txExtra),
      'PULL {n: 1000}': () => RequestMessage.pull({ n: int(1000) }),
      'PULL {n: 100, qid: 7}': () => RequestMessage.pull({ stmtId: int(7), n: int(100) }),
    }[c.description];
    const fields = build().fields.map(fromJs);
    // the parameters keep their typed form (the driver sees JS values, where floats and ints differ only by Integer)
    if (c.name === 'RUN') fields[1] = { t: 'map', v: params };
    c.fields = fields;
  }
}

const out = {
  generator: 'tests/neo4j/golden/make-golden.mjs',
  driver: `neo4j-driver@${driverVersion} (Packer from neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js, Chunker from lib/channel/chunking.js with a 65537-byte buffer)`,
  node: process.version,
  notes: 'hex/headHex/sha256: the PackStream bytes of the value or message (chunk headers removed); chunkedHex/chunkedSha256: the bytes the chunker framed, ending 00 00. Generated tags: listOfSize = [i % 100], mapOfSize = {k<i>: i % 100} in order, bytesOfSize = (i % 256) - 128, string with repeat = v repeated.',
  cases,
};
writeFileSync(outFile, JSON.stringify(out, null, 1) + '\n');
console.error(`${cases.length} cases from neo4j-driver@${driverVersion} written to ${outFile}`);
