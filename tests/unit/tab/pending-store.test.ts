import { describe, expect, it } from 'vitest';
import { KompasError } from '../../../shared/domain/errors.ts';
import { LocalPendingStore, type StorageLike } from '../../../tab/host/browser/local-pending-store.ts';

class MapStorage implements StorageLike {
  readonly map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

describe('the PendingStore over localStorage', () => {
  it('keeps each user’s unsaved changes apart, and sign-out clears only your own', async () => {
    const storage = new MapStorage();
    storage.setItem('other-app', 'keep me');
    const an = new LocalPendingStore(storage, 'An@Voorbeeldstad.nl');
    const bas = new LocalPendingStore(storage, 'bas@voorbeeldstad.nl');
    await an.put('partner/1', '{"a":1}');
    await an.put('actie/2', '{"b":2}');
    await bas.put('partner/1', '{"c":3}');

    expect([...(await an.load())]).toEqual([
      ['partner/1', '{"a":1}'],
      ['actie/2', '{"b":2}'],
    ]);
    // The same person however the address is spelt.
    expect((await new LocalPendingStore(storage, 'an@voorbeeldstad.nl').load()).size).toBe(2);

    await an.delete('partner/1');
    expect([...(await an.load()).keys()]).toEqual(['actie/2']);
    await an.clear();
    expect((await an.load()).size).toBe(0);
    expect([...(await bas.load())]).toEqual([['partner/1', '{"c":3}']]);
    expect(storage.getItem('other-app')).toBe('keep me');
  });

  it('rejects with a KompasError when the browser refuses to store', async () => {
    const storage = new MapStorage();
    storage.full = true;
    const store = new LocalPendingStore(storage, 'an@voorbeeldstad.nl');
    await expect(store.put('partner/1', '{}')).rejects.toBeInstanceOf(KompasError);
  });
});
