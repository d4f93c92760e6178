import { describe, expect, it } from 'vitest';
import { chooseScale, isSoftwareRenderer, LOW_RESOLUTION_SCALE } from '../../src/ui/rendererKind';

describe('isSoftwareRenderer', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', true],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['Microsoft Basic Render Driver', true],
    ['ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', false],
    ['Apple M2', false],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)', false],
  ])('%s → %s', (name, software) => {
    expect(isSoftwareRenderer(name)).toBe(software);
  });
});

describe('chooseScale', () => {
  it.each([
    [true, null, LOW_RESOLUTION_SCALE],
    [false, null, 1],
    [true, 'full', 1],
    [false, 'low', LOW_RESOLUTION_SCALE],
    [true, 'nonsense', LOW_RESOLUTION_SCALE],
    [false, 'nonsense', 1],
    [true, '0.6', 0.6],
    [false, '.5', 0.5],
    [true, '1', 1],
    [true, '0.1', LOW_RESOLUTION_SCALE],
    [true, '2', LOW_RESOLUTION_SCALE],
    [false, '0.6x', 1],
  ] as const)('software %s, override %s → %s', (software, override, scale) => {
    expect(chooseScale(software, override)).toBe(scale);
  });
});
