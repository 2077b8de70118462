import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code as an SVG data URL in an <img>: the CSP allows `img-src data:` but no
 * inline styles, and an image scales crisply to any size. Black on white with a full
 * quiet zone, whatever the theme, so every phone camera reads it.
 */
export function QrCode(props: { readonly value: string; readonly label: string }): React.JSX.Element {
  const [source, setSource] = useState<string>();
  useEffect(() => {
    let live = true;
    QRCode.toString(props.value, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } }).then(
      (svg) => {
        if (live) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
      () => {
        if (live) setSource(undefined);
      },
    );
    return () => {
      live = false;
    };
  }, [props.value]);
  if (source === undefined) return <div className="qr qr-placeholder" aria-hidden="true" />;
  return <img className="qr" src={source} alt={props.label} width={320} height={320} draggable={false} />;
}
