import { presetIds, presets } from '@cupstage/core';

/** One `<option>` per rules preset of core, named as core names it (the create and import forms). */
export function PresetOptions() {
  return (
    <>
      {presetIds.map((p) => (
        <option key={p} value={p}>
          {presets[p]?.name ?? p}
        </option>
      ))}
    </>
  );
}
