/** `npm run docs`: every generated block of the documents, from the committed results (blocks.ts). */
import { writeDocs } from './blocks';

writeDocs(process.cwd());
