import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeShareLink } from '../../shared/share/index.ts';

// Links made with share format 1 on 29 November 2026, frozen: every later ClipBrief must open
// them and give back exactly these briefs. Do not regenerate them. If the first one fails with
// exact === false, composeBrief's comparisons, narrative or caveats have changed: links sent
// before that change would open with different wording, so v1 recomposition needs the old
// behaviour kept (or the change must be one that leaves these briefs alone).
const V1_RECOMPOSED = 'http://127.0.0.1:4173/#b=1.esWdRN1WXW_bNhT9KwSfUoBORFp24vRpSPewAd0KNMCAFUFBy5TFRSYFkopjDPvvO6Qky06ctE_rWtgWLPJ-nHPu1RX_pgW9piITfJJNJzy75eI6y_A9z7LsT8poe7gtbvn8Op8dbG-w7Rs7aZsg7xUWPL3-9IlWITT--uKisK3Typ2rR7lpanVhrAuVr7RTFz7I-l6b9cS6lXIerr_tN0lja10o4qRT9Y60XpHBnJwyv-nSkLOgfCClfgytU29g8zHIsiRONbBVDgsDlSynzLR1zahR2xhtvzG7zRaHEtzdMdokUqFSxGijyMYaZCbBkneqUJslMsM966JkiD3J-HDDxWTK6R3r3BunHrRtPdkp2cHhi2N7QOjt014f9WUrb0kpHQmVPgj6MgivDXT9VZpWut0xatDvHQaFIvUyURcsy7EpcGUURTUhlnooCWLqlTLBD0qvaMTf-dBtpWtFJOSCPbElwdpYztF3q1DJfQCk_sWA1uuSM5KyfDEc1snYLwxKhaHHZNPUGhaldcQadJvXjwR908X74GxQRdDWkN9T47HIAJSKCn32oLo0aycNspxTluFD9yCOurTX_5Gy-QkNmzFR1-GHwCAn5wsmciYuv2dhOmaf-8jP1YmOlM2-Sp4-dJRmnjF-yXj-A0izZ_VUmq98AiGH4AxfHhvlBlNX6rWJenmpV0mbjv1I2ld2Cy64ksJuINqBMj7B6wblK13NWS7mFBUQp1r7CBy6eME4B7jbp_MwooMwSZ0UcfRMMED8NQwcowyXEUCjLN45pKikW_fFGjABSVR9GnHAh_SmKfVgj_L3I5icyX4Vb6SgYjUvzy85vBwpgObNW8IzQZ6OYnKWqr23SiQE8KVQJygcBaUs3kYWrrvt_RIE4J9NGb9ifPrtGHzukDwrRCZQiCyanSwEsM_RAvOuRf9b7NNX1D8yT1PoJekXeLyumPh26F9QXuQLTIh8MSp_YlZG5UUclT8VznpPfjbrWpoVpmK-GGZrJVdkqZQZHN_i4WldfIIK5SO53onE3x-yxmJ0MTYcjUaJuQhDkMY07k4ecQD1SZZqLU0MdngaOZg3zyZin7QrFvBQlo9Me2yhkuELWGJYKJHPGGbR1f9aCPAbeY850sFM4-S9xKm3nIgpl1f1brcqa1hLrN9Ir7bW3aN7YvqY6_2H9PegY3D0hem72GzvPfm40aFiybTUaxyf49uQrLQvWu9BAydxAK3tFsBoBUd-P2uXJX_YlX_Rf_4F';

const V1_EXPLICIT = 'https://clipbrief.example/#b=1.LGFHNNVWW27bOBTdyoW-EkByJNlxWv8NOhg0GKA_7dcERkFLlEVEJjUkFccNso5ZShfQjc0hZUl2IrvpZ5Mgtsj7OPeecyk-BVmwCNI4TaJ4GiXxlyRdxDH-JnEc_xOEwQbbq4rJe3w3weLuLiitrc3i6kryrZlYbuyVVNqWphSaw-hT_0DGKr3DUvvXJYlnwXIZBrUPZktOUkhOGyXhRlbRnzzjmxXXBIe49YvhFMVJ95Ck0TTxQQofJI1n2HP_wyBTjbQOq2XVvZBrEjITOZfWBGFn6QHBOwhj_AYHFgfoW7NKrCJ4PAUSffhLqw05xLXmxpAqCpE5uzVQBOhRZoLl8xJp5kE4H6AonXNtiNV1JXhOhdIOCmxe4Gjtvu7tToBJfd3CsaIFL6I0E3b3by6-rSQsLNY_MplHPBfWx2BYwcd9-_Ho-vUUiByP2aaOaq6_JmA6SrhOZrNZeV08OmshnUW3i5VCrBvNb3MngT2OrjmA88CqhgeLdPJ--v5mej1Lp--S5N31DfyU3jSVAzGnH98pDUEA_fiPkrCNq9GjHDTBIKGcZ2LDKqor5vuKLjeVKwmBCWB6L8sf3fKtpKFFIdWqAh-HfaY5dc1fMyGN3QN4LQ5888ye0-KCCr7Fd1sySVMfnz9wvWth0cURyssJ3SXLVoi2Qdsgs0K5TlZs7bv4GaVWJBsX3yxoK2xJSla7A9BDJSG2HDBMFdK2OLaqqXKqG-uRa2a5q-Jg_t5QE6243XIuKZ3MCMKhKT77Iob-TBzNQiKZw_7U6wF19WpgK17heUzunULmzxilF75uIDvfsant1QXmMF2QzNZhWLpQR0L2iaN4Xs2_peX05np2rGS_PSZlD6AdrT7ZdBZPkvnwcyTlvYq_k5vhAwVvS1Wh3Z7RQ_kimO9ph2BcvqAKnIFYTs5hRKOD4nykI6W_geufKfIsw7_E0muS3y6QQ4Zxlu45LqOSs7xCdQOpbsU1vm_ox70JtckdKs2LY7GsRgK15kOcwe-lPvowZXTPd1GtRFv8KUR_8x2Opb3RCBa_5xN0QmWarTWry9_slOv6dfKlcti6TG1QpzBKnuvdhyOrkeaNhhkWR_k889I7fYwcYS95dn8WtjfAce36j3fweTG-DDfC_yfVRXJHPATAdQYy2ZpTBo7wAYqsAtnEwOnaMWz6GSDcQvCWWDljpEKUTiQCekA6d7aPQHOVYvNMobe9qtx7o1XgqSKPInWPvzJtGXvg7OyofegtxhC8dB8WXqE4TGtUg2afS_u5txhJ-8p9WBhJ626OXzCd_t6I2-XpMb4YDoRLmGM8zdFMX_xsyC9DksoSo6LBHWTHmV6Q4U4TvTzcIi4jnYz8zcTfUTLmjiHHOZOyYZWA2IZdRv6Yd8eHJcN2hoxyAvvNbjth8AcKdRpxRGzwxt1K3IGWz_8D';

const expected = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/share', name), 'utf8'));

describe('share format 1 (frozen links)', () => {
  it('opens a recomposed v1 link made today exactly as it was sent', () => {
    const d = decodeShareLink(V1_RECOMPOSED);
    expect(d.version).toBe(1);
    expect(d.exact).toBe(true);
    expect(d.brief).toEqual(expected('v1-seed-brief.json'));
    expect(d.brief.narrative[0]!.text).toBe('Dear Ms Smith, the figures we discussed are below.');
  });

  it('opens an explicit v1 link (hand-edited brief) exactly as it was sent', () => {
    const d = decodeShareLink(V1_EXPLICIT);
    expect(d.exact).toBe(true);
    expect(d.brief).toEqual(expected('v1-edited-brief.json'));
    expect(d.brief.caveats.at(-1)).toBe('A caveat of my own.');
  });
});
