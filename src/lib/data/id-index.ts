/**
 * A set of row ids for finding duplicates in large files, without keeping a
 * string per row. Each id is remembered by where it sits in the file's text
 * (offset and length) in an open-addressing hash table of typed arrays, so a
 * million ids cost about 16 MB and no garbage. Ids written in quotes in the
 * file (rare: ids never need quoting) go to an ordinary Set instead, because
 * their text in the file differs from their value.
 */
export class IdIndex {
  private offsets = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private count = 0;
  private readonly quoted = new Set<string>();
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** Adds the id whose value is `key`, written at `offset` in the text; false when it was already there. */
  add(key: string, offset: number): boolean {
    if (this.text[offset] === '"' || !this.text.startsWith(key, offset)) {
      if (this.quoted.has(key)) return false;
      this.quoted.add(key);
      return !this.findIn(key);
    }
    if (this.findIn(key)) return false;
    if (this.quoted.has(key)) return false;
    if ((this.count + 1) * 2 > this.offsets.length) this.grow();
    this.place(key, offset);
    this.count++;
    return true;
  }

  private slot(key: string): number {
    // FNV-1a over UTF-16 code units; ids are short, so this is a handful of multiplications.
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return (h >>> 0) & (this.offsets.length - 1);
  }

  private findIn(key: string): boolean {
    const mask = this.offsets.length - 1;
    for (let i = this.slot(key); ; i = (i + 1) & mask) {
      const stored = this.offsets[i] ?? 0;
      if (stored === 0) return false;
      if (this.lengths[i] === key.length && this.text.startsWith(key, stored - 1)) return true;
    }
  }

  private place(key: string, offset: number): void {
    const mask = this.offsets.length - 1;
    let i = this.slot(key);
    while ((this.offsets[i] ?? 0) !== 0) i = (i + 1) & mask;
    this.offsets[i] = offset + 1; // 0 marks an empty slot
    this.lengths[i] = key.length;
  }

  private grow(): void {
    const oldOffsets = this.offsets;
    const oldLengths = this.lengths;
    this.offsets = new Int32Array(oldOffsets.length * 2);
    this.lengths = new Int32Array(oldLengths.length * 2);
    for (let i = 0; i < oldOffsets.length; i++) {
      const stored = oldOffsets[i] ?? 0;
      if (stored !== 0) this.place(this.text.substr(stored - 1, oldLengths[i] ?? 0), stored - 1);
    }
  }
}
