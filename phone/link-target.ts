/**
 * What `link` was given: the `parley://link?…` URL the desktop shows under its QR code,
 * or a PNG of that code. Checked before anything else happens, with words that say what
 * is wrong and what to do about it.
 */
import fs from 'node:fs/promises';
import { LinkUrlError, parseLinkUrl } from '../engine/linking/link-url';
import { QrImageError, decodeQrPng } from '../engine/linking/qr-image';
import { NamedError } from '../shared/domain/named-error';

export interface LinkTarget {
  readonly kind: 'url' | 'image';
  /** The linking URL, from the argument or read from the image. */
  readonly url: string;
  /** The argument as given. */
  readonly source: string;
}

export class LinkTargetError extends NamedError {
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A screenshot of a screen is a few MB at most. */
const maxImageBytes = 64 * 1024 * 1024;
const copyAgain = 'Copy the whole link under the QR code on the desktop again, and put it in quotes: the shell cuts an unquoted link at “&”.';

/** The words for a URL that parseLinkUrl refused. */
function urlProblem(argument: string, error: LinkUrlError): string {
  switch (error.problem) {
    case 'not-a-url':
    case 'not-parley':
      return /^parley:/i.test(argument.trim())
        ? `The link is not a Parley linking code: it must look like parley://link?uuid=…&pub_key=…. ${copyAgain}`
        : `“${shorten(argument)}” is not a Parley link: the link under the desktop’s QR code starts with parley://link?.`;
    case 'address':
      return `The link has no valid uuid=… (the desktop’s address). ${copyAgain}`;
    case 'public-key':
      return `The link has no valid pub_key=… (the desktop’s 33-byte key in base64). ${copyAgain}`;
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

async function readImage(argument: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(argument);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new LinkTargetError(
        `There is no file “${argument}”, and it is not a parley://link URL. Give the link under the desktop’s QR code (in quotes) or the path of a PNG screenshot of the code.`,
      );
    }
    throw new LinkTargetError(`Cannot read “${argument}”: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`);
  }
  if (stat.isDirectory()) throw new LinkTargetError(`“${argument}” is a folder, not a PNG image of the QR code.`);
  if (stat.size > maxImageBytes) throw new LinkTargetError(`“${argument}” is too large for a screenshot (${String(Math.round(stat.size / 1e6))} MB).`);
  try {
    return await fs.readFile(argument);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LinkTargetError(code === 'EACCES' ? `Cannot read “${argument}”: permission denied.` : `Cannot read “${argument}” (${code ?? 'unknown error'}).`);
  }
}

export async function resolveLinkTarget(argument: string | undefined): Promise<LinkTarget> {
  if (argument === undefined || argument.trim() === '') {
    throw new LinkTargetError('link needs the parley://link?… URL shown under the desktop’s QR code (in quotes), or a PNG screenshot of the code.');
  }
  // A scheme (“parley:”, “https:”) makes it a URL, unless a file of that name exists.
  const looksLikeUrl = /^[a-z][a-z0-9+.-]*:/i.test(argument) && !(await fs.stat(argument).then(() => true, () => false));
  if (looksLikeUrl) {
    try {
      parseLinkUrl(argument);
    } catch (error) {
      if (error instanceof LinkUrlError) throw new LinkTargetError(urlProblem(argument, error));
      throw error;
    }
    return { kind: 'url', url: argument.trim(), source: argument };
  }
  const bytes = await readImage(argument);
  if (bytes.length < pngSignature.length || !bytes.subarray(0, pngSignature.length).equals(pngSignature)) {
    throw new LinkTargetError(`“${argument}” is not a PNG image. Save a screenshot of the desktop’s QR code as PNG, or give the link under it instead.`);
  }
  let text: string;
  try {
    text = decodeQrPng(bytes);
  } catch (error) {
    if (!(error instanceof QrImageError)) throw error;
    throw new LinkTargetError(
      error.problem === 'no-code'
        ? `No QR code was found in “${argument}”. Take the screenshot with the whole code visible (crop it closer if it is small), or give the link under it instead.`
        : `“${argument}” is not a readable PNG image (it may be cut off). Take the screenshot again, or give the link under the code instead.`,
    );
  }
  try {
    parseLinkUrl(text);
  } catch (error) {
    if (error instanceof LinkUrlError) {
      throw new LinkTargetError(`The QR code in “${argument}” is not a Parley linking code (it says “${shorten(text)}”). Scan the code on the desktop’s linking screen.`);
    }
    throw error;
  }
  return { kind: 'image', url: text.trim(), source: argument };
}
