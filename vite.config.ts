import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The pages live in client/; the server serves the built files from dist/client.
// In development Vite proxies socket.io and the API to the server started by `npm run dev`.
const serverPort = Number(process.env.PORT ?? 3000);

export default defineConfig({
  root: 'client',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    // Two pages of one build: the trainee's page and the educator's room (at /educator).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./client/index.html', import.meta.url)),
        educator: fileURLToPath(new URL('./client/educator/index.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/socket.io': { target: `http://127.0.0.1:${serverPort}`, ws: true },
      '/api': `http://127.0.0.1:${serverPort}`,
      '/healthz': `http://127.0.0.1:${serverPort}`,
    },
  },
});
