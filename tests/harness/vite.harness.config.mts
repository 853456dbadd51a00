import { defineConfig } from 'vite';
import { rendererConfig } from '../../build/renderer-config';

// The renderer built for the loopback harness: identical except that its transport is HTTP.
export default defineConfig(rendererConfig('harness'));
