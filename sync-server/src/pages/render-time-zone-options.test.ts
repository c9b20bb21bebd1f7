// Runs in tests (server). The zone options: canonical names from tzdb with the current offset and
// main cities, the page's zone first, legacy aliases shown under the canonical name.
import { describe, expect, it } from 'vitest';
import { timeZoneOptionBytes, zoneOptionLabel } from './render-time-zone-options.ts';
import { canonicalZone, formatOffset, offsetMinutesOf, zoneCatalog } from './time-zone-catalog.ts';
import { zoneAliasesModule } from './zone-aliases-module.ts';

/** The options as the page gets them, as markup. */
const renderTimeZoneOptions = (selected: string) => ({ markup: Buffer.concat(timeZoneOptionBytes(selected)).toString() });

function optionsOf(markup: string): Array<{ value: string; label: string; selected: boolean }> {
  return [...markup.matchAll(/<option value="([^"]*)"( selected)?>([^<]*)<\/option>/g)].map((m) => ({ value: m[1] ?? '', selected: m[2] !== undefined, label: m[3] ?? '' }));
}

describe('timeZoneOptionBytes', () => {
  it('lists canonical names with their offset and cities, never the legacy spellings', () => {
    const options = optionsOf(renderTimeZoneOptions('Europe/Berlin').markup);
    expect(options.length).toBeGreaterThan(300);
    const values = options.map((option) => option.value);
    expect(values).toContain('Asia/Kolkata');
    expect(values).toContain('Europe/Kyiv');
    expect(values).toContain('UTC');
    for (const legacy of ['Asia/Calcutta', 'Europe/Kiev', 'Asia/Saigon', 'America/Buenos_Aires']) expect(values).not.toContain(legacy);
    expect(options.find((option) => option.value === 'Asia/Kolkata')?.label).toBe('(UTC+05:30) Asia/Kolkata – Mumbai, Delhi, Bengaluru, Hyderabad');
    expect(new Set(values).size).toBe(values.length);
  });

  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['America/Detroit', 'America/New_York'],
  ])('puts %s first and selected, as %s', (asked, shown) => {
    const options = optionsOf(renderTimeZoneOptions(asked).markup);
    expect(options[0]).toMatchObject({ value: shown, selected: true });
    expect(options.filter((option) => option.selected)).toHaveLength(1);
    expect(options.filter((option) => option.value === shown)).toHaveLength(1);
  });

  it('does not let one page\'s selection leak into the next', () => {
    renderTimeZoneOptions('Asia/Tokyo');
    const next = optionsOf(renderTimeZoneOptions('Europe/London').markup);
    expect(next[0]?.value).toBe('Europe/London');
    expect(next.find((option) => option.value === 'Asia/Tokyo')?.selected).toBe(false);
  });

  it('offers a zone Intl knows but tzdb lists in no group, on top with its offset', () => {
    const zone = Intl.supportedValuesOf('timeZone').find((name) => !zoneCatalog().canonicalOf.has(name)) ?? 'Etc/GMT-14';
    const options = optionsOf(renderTimeZoneOptions(zone).markup);
    expect(options[0]).toEqual({ value: zone, selected: true, label: `(UTC${formatOffset(offsetMinutesOf(zone))}) ${zone.replace(/_/g, ' ')}` });
  });
});

describe('the zone catalog', () => {
  it('orders zones by their current offset', () => {
    const offsets = zoneCatalog().zones.map((zone) => zone.offsetMinutes);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(zoneOptionLabel({ name: 'America/St_Johns', offsetMinutes: -210, mainCities: [] })).toBe('(UTC-03:30) America/St Johns');
  });

  it('maps every other name of a group to the canonical one, for the server and the browser alike', () => {
    expect(canonicalZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalZone('Etc/UTC')).toBe('UTC');
    expect(canonicalZone('Not/A_Zone')).toBe('Not/A_Zone');
    const module = zoneAliasesModule();
    const aliases = JSON.parse(/ZONE_ALIASES = (\{.*\});/.exec(module)?.[1] ?? '{}') as Record<string, string>;
    expect(aliases['Asia/Calcutta']).toBe('Asia/Kolkata');
    expect(aliases['Europe/Kiev']).toBe('Europe/Kyiv');
    expect(aliases['Asia/Kolkata']).toBeUndefined();
  });
});
