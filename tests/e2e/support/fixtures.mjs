// Realistic test data (innovations of real regions) and generated files.

/** Si Ijol, Dinas Pendidikan dan Kebudayaan, Kota Probolinggo: kematangan 103 in 2023. */
export const SI_IJOL = {
  agency: 'Dinas Pendidikan dan Kebudayaan',
  region: 'Kota Probolinggo',
  name: 'Si Ijol (Sistem Informasi Ijazah Online)',
  initiatorName: 'Dinas Pendidikan dan Kebudayaan Kota Probolinggo',
  goal: 'Mempercepat layanan legalisasi dan penerbitan surat keterangan pengganti ijazah tanpa antre di kantor dinas.',
  benefit: 'Alumni dapat mengajukan legalisasi ijazah dari rumah; waktu layanan turun dari 3 hari menjadi 1 hari kerja.',
  outcome: 'Sejak penerapan, 2.418 permohonan legalisasi dilayani secara daring dengan tingkat kepuasan 92% (SKM 2024).',
};

const DESIGN_SENTENCES = [
  'Si Ijol adalah layanan daring untuk legalisasi ijazah dan surat keterangan pengganti ijazah bagi lulusan SD dan SMP di Kota Probolinggo.',
  'Sebelum inovasi, pemohon harus datang ke kantor Dinas Pendidikan dan Kebudayaan, mengantre, lalu kembali beberapa hari kemudian untuk mengambil dokumen.',
  'Pokok perubahan yang dilakukan adalah memindahkan pengajuan, verifikasi dan pembayaran ke sistem informasi yang dapat diakses dari ponsel.',
  'Pemohon mengunggah pindaian ijazah, memilih jumlah lembar legalisasi, dan menerima notifikasi ketika dokumen siap diambil atau dikirim.',
  'Petugas memverifikasi data dengan basis data kelulusan sekolah sehingga pemalsuan dapat dicegah sejak awal.',
  'Tanda tangan pejabat dilakukan secara elektronik dengan sertifikat dari Balai Sertifikasi Elektronik, sehingga keaslian dapat diperiksa melalui kode QR.',
  'Uji coba dilakukan pada tahun 2023 di tiga sekolah, kemudian diterapkan untuk seluruh sekolah negeri dan swasta pada tahun 2024.',
  'Inovasi ini melibatkan sekolah, Dinas Komunikasi dan Informatika, perguruan tinggi pendamping, serta komunitas alumni sebagai aktor inovasi.',
  'Sosialisasi dilakukan melalui media sosial pemerintah kota, radio lokal dan pertemuan kepala sekolah setiap triwulan.',
  'Anggaran pengembangan sistem dan pelatihan operator dimuat dalam DPA Dinas Pendidikan dan Kebudayaan tahun 2023 dan 2024.',
];

/** A rancang bangun of at least `words` words, built from realistic sentences. */
export function designText(words = 320) {
  const out = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const sentence = DESIGN_SENTENCES[i % DESIGN_SENTENCES.length];
    out.push(sentence);
    count += sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  return out.join(' ');
}

/** A small but valid one-page PDF. */
export function pdfBuffer(title) {
  const body = `BT /F1 18 Tf 72 720 Td (${title}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${body.length} >>\nstream\n${body}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A large, noisy camera-like JPEG (width × height), drawn by the browser itself. */
export async function largeJpeg(page, width = 4000, height = 3000) {
  const base64 = await page.evaluate(async ([w, h]) => {
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    const image = ctx.createImageData(w, h);
    let seed = 7;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      image.data[i] = (i / 4) % w % 256;
      image.data[i + 1] = seed % 256;
      image.data[i + 2] = ((i / 4 / w) | 0) % 256;
      image.data[i + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, [width, height]);
  return Buffer.from(base64, 'base64');
}
