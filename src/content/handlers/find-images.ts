import type { Handler } from '../../shared/dispatch';
import { findPageImages } from '../page-images';

export const findImages: Handler<'find-images'> = ({ minSize }) => findPageImages(minSize);
