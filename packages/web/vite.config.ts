import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The app is built into packages/web/dist and served by `jixiao serve` (same origin as /api, so the
 * session cookie and CSRF token need no CORS). In dev, /api is proxied to a server on :8080.
 * React is its own long-cached chunk; antd is left to the bundler's own splitting so the sign-in page loads
 * only the components it uses; ECharts sits in the lazy overview chunk and the domain engine in the pages that score.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: process.env.JIXIAO_API ?? 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
});
