#!/usr/bin/env python3
"""Build assets/data/*.json from the research fact base plus the hand-written tables below.

Usage:
    python3 tools/build-data.py [PATH/TO/research/pairings.json]

Default input: ../shared/research/pairings.json (relative to the repository root).
Source ids, confidence levels, adcodes and numbers are taken from the fact base; every note,
event and definition below is written afresh in Chinese and English (the research sentences are
not copied). The format is specified in docs/data-format.md. Standard library only.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_IN = os.path.join(ROOT, '..', 'shared', 'research', 'pairings.json')
GEO = os.path.join(ROOT, 'assets', 'geo', 'zhejiang-counties.geojson')
OUT = os.path.join(ROOT, 'assets', 'data')
DATA_DATE = '2025-11-23'


# ---------------------------------------------------------------- helpers

def T(zh, en):
    return {'zh': zh, 'en': en}


def D(year, qualifier, zh, en, month=None, day=None):
    d = {'year': year}
    if month is not None:
        d['month'] = month
    if day is not None:
        d['day'] = day
    d['qualifier'] = qualifier
    d['text'] = T(zh, en)
    return d


def F(lzh, len_, value, unit, tzh, ten, approx=False):
    return {'label': T(lzh, len_), 'value': value, 'unit': unit, 'text': T(tzh, ten), 'approx': approx}


def envelope(kind, items):
    return {'format': 'mountainsseas/' + kind, 'version': 1, 'dataDate': DATA_DATE, 'items': items}


def level(conf):
    """The leading level of a (possibly compound) confidence string."""
    m = re.match(r'\s*(high|medium|low)\b', conf or '')
    if not m:
        raise ValueError('no confidence level in %r' % conf)
    return m.group(1)


def with_conf(item, sources, conf, note=None):
    item['sources'] = list(sources)
    item['confidence'] = conf
    if note is not None:
        item['confidenceNote'] = note
    return item


# ---------------------------------------------------------------- sources

PUBLISHER = {
    'seed000': 'Xinhua', 'seed001': "People's Daily", 'seed002': 'Zhejiang Daily',
    'seed003': 'China News Service', 'seed004': 'Yangguang.com / CNR', 'gansu2023': 'Gansu Daily',
    'cctv2024': 'CCTV News', 'zjol2020': '浙江新闻客户端', 'zjol2020xiuzhou': '浙江新闻客户端',
    'haishu2022': 'Haishu District government', 'haiyan2024': 'Haiyan County government',
    'shengzhou2021': '嵊州新闻网', 'wz66_2021': '浙江日报', 'pingyang2018': '浙江新闻客户端',
    'wzfgw2018': 'Wenzhou DRC', 'wzfgw2021': 'Wenzhou DRC', 'yunhe2024': '中新网丽水',
    'suichang2018': '遂昌新闻网', 'cangnan2017': '苍南新闻网', 'wuyi2018': '武义新闻网',
    'lishui2019': '今日浙江', 'tz2014': '浙江日报', 'tiantai2017': '浙江在线台州频道',
    'taishun2019': '泰顺新闻网', 'taishun2019b': '浙江日报', 'lucheng2022': '温州都市报',
    'binjiang2022': '杭州日报', 'chunan2023': '千岛湖新闻', 'panan2022': '磐安新闻网',
    'yinqu_rmrb': '人民日报海外版', 'yinqu_ce': '经济日报', 'yinqu_xiaobo': '鄞州区政府',
    'jiangshan_jianggan': '钱江晚报·小时新闻', 'fenghua_jinyun': 'China News Service',
    'shaoxing2023': '中国网浙江', 'jiashan2018': '浙江在线', 'longquan2018': '浙江在线',
    'haichuang2018': '杭州网', 'chinanews2025': 'China News Service',
    'ezhejiang2025': 'ezhejiang.gov.cn', 'ningbo2019': '浙江日报', 'ningbo2020doc': '宁波市支援合作局',
    'cd2021_07_21': 'China Daily', 'cd2022_05_11': 'China Daily', 'cd2022_07_18': 'China Daily',
    'zjskw2021': '浙江省社科联', 'baike_qlf': 'Baike', 'factpedia_linan': 'factpedia',
    'longgang2': '红星新闻', 'dongtou2025': '洞头网', 'xinhua_yuhang': '新华每日电讯',
    'ezj2021_quzhou': 'CGTN', 'chinanews2023_lishui_sh': 'China News Service',
}

SOURCE_NOTE = {
    'seed000': T('英文机器翻译转载稿；中文原稿2023年9月13日刊于《甘肃日报》（见 gansu2023），数字按2023年计。',
                 'Machine-translated English repost; the Chinese original ran in Gansu Daily on 2023-09-13 (see gansu2023), so its figures date from 2023.'),
    'seed003': T('原文未标年份，按文中内容推定为2021年。', 'The year is not printed; 2021 is inferred from the content.'),
    'gansu2023mirror': T('质量较低的镜像站，仅用于一张图片说明中的日期。', 'Low-quality mirror, used only for the date in a photo caption.'),
    'yunhe2024': T('镜像站转载的中新社稿件。', 'China News Service copy on a mirror host.'),
    'xixing2024': T('镜像站转载。', 'Copy on a mirror host.'),
    'cangnanpark': T('检索库条目未提供网址。', 'The search corpus returned no URL for this item.'),
    'kaihua_tongxiang': T('检索库条目未提供网址，可信度按中等或偏低处理。', 'No URL was returned; treated as medium to low reliability.'),
    'jiangshan_jianggan': T('论坛转载，原文年份缺失。', 'Forum repost; the year of the original is missing.'),
    'dynamic2024': T('镜像站转载的2024年报道。', 'Mirror copy of a 2024 report.'),
    'liandu_building': T('论坛帖子，其中数字有待核实。', 'Forum post; its figures need confirmation.'),
    'caipu26': T('权威性低的网站，但其名单与其他来源一致。', 'Low-authority site whose list agrees with every other source.'),
    'gh_amap': T('公开 GitHub 文件中的高德（GCJ-02）坐标，检索库编号60943877284。', 'Amap (GCJ-02) coordinates in a public GitHub file, search-index id 60943877284.'),
    'modood': T('依据国家统计局区划代码（截至2023-06-30），提交 57a0aa9 的 dist/areas.csv、dist/streets.csv 及其历史。',
                'NBS division codes to 2023-06-30: dist/areas.csv and dist/streets.csv at commit 57a0aa9, and the git history.'),
}

URL_OVERRIDE = {'modood': 'https://github.com/modood/Administrative-divisions-of-China'}


def source_url(key, raw):
    if key in URL_OVERRIDE:
        return URL_OVERRIDE[key]
    if raw.startswith('http://') or raw.startswith('https://'):
        return raw
    if raw.startswith('seed file'):
        if 'original URL not recorded' in raw:
            return None
        m = re.search(r'(https?://[^\s)]+)', raw)
        return m.group(1) if m else None
    return None  # search-corpus items without URL, index ids


def build_sources(src):
    items = []
    for key, s in src.items():
        items.append({'id': key, 'title': s['title'], 'publisher': PUBLISHER.get(key),
                      'date': s['date'], 'url': source_url(key, s['url']),
                      'note': SOURCE_NOTE.get(key)})
    return items


# ---------------------------------------------------------------- counties

NAME_EN = {
    '330102': 'Shangcheng District', '330105': 'Gongshu District', '330106': 'Xihu District',
    '330108': 'Binjiang District', '330109': 'Xiaoshan District', '330110': 'Yuhang District',
    '330111': 'Fuyang District', '330112': "Lin'an District", '330113': 'Linping District',
    '330114': 'Qiantang District', '330122': 'Tonglu County', '330127': "Chun'an County",
    '330182': 'Jiande City', '330203': 'Haishu District', '330205': 'Jiangbei District',
    '330206': 'Beilun District', '330211': 'Zhenhai District', '330212': 'Yinzhou District',
    '330213': 'Fenghua District', '330225': 'Xiangshan County', '330226': 'Ninghai County',
    '330281': 'Yuyao City', '330282': 'Cixi City', '330302': 'Lucheng District',
    '330303': 'Longwan District', '330304': 'Ouhai District', '330305': 'Dongtou District',
    '330324': 'Yongjia County', '330326': 'Pingyang County', '330327': 'Cangnan County',
    '330328': 'Wencheng County', '330329': 'Taishun County', '330381': "Rui'an City",
    '330382': 'Yueqing City', '330383': 'Longgang City', '330402': 'Nanhu District',
    '330411': 'Xiuzhou District', '330421': 'Jiashan County', '330424': 'Haiyan County',
    '330481': 'Haining City', '330482': 'Pinghu City', '330483': 'Tongxiang City',
    '330502': 'Wuxing District', '330503': 'Nanxun District', '330521': 'Deqing County',
    '330522': 'Changxing County', '330523': 'Anji County', '330602': 'Yuecheng District',
    '330603': 'Keqiao District', '330604': 'Shangyu District', '330624': 'Xinchang County',
    '330681': 'Zhuji City', '330683': 'Shengzhou City', '330702': 'Wucheng District',
    '330703': 'Jindong District', '330723': 'Wuyi County', '330726': 'Pujiang County',
    '330727': "Pan'an County", '330781': 'Lanxi City', '330782': 'Yiwu City',
    '330783': 'Dongyang City', '330784': 'Yongkang City', '330802': 'Kecheng District',
    '330803': 'Qujiang District', '330822': 'Changshan County', '330824': 'Kaihua County',
    '330825': 'Longyou County', '330881': 'Jiangshan City', '330902': 'Dinghai District',
    '330903': 'Putuo District', '330921': 'Daishan County', '330922': 'Shengsi County',
    '331002': 'Jiaojiang District', '331003': 'Huangyan District', '331004': 'Luqiao District',
    '331022': 'Sanmen County', '331023': 'Tiantai County', '331024': 'Xianju County',
    '331081': 'Wenling City', '331082': 'Linhai City', '331083': 'Yuhuan City',
    '331102': 'Liandu District', '331121': 'Qingtian County', '331122': 'Jinyun County',
    '331123': 'Suichang County', '331124': 'Songyang County', '331125': 'Yunhe County',
    '331126': 'Qingyuan County', '331127': 'Jingning She Autonomous County',
    '331181': 'Longquan City',
}
CITY_EN = {'330100': 'Hangzhou', '330200': 'Ningbo', '330300': 'Wenzhou', '330400': 'Jiaxing',
           '330500': 'Huzhou', '330600': 'Shaoxing', '330700': 'Jinhua', '330800': 'Quzhou',
           '330900': 'Zhoushan', '331000': 'Taizhou', '331100': 'Lishui'}


def build_counties():
    geo = json.load(open(GEO, encoding='utf-8'))
    items = []
    for f in geo['features']:
        p = f['properties']
        ad = p['adcode']
        city_ad = ad[:4] + '00'
        assert p['cityAdcode'] == city_ad, ad
        items.append({'adcode': ad, 'name': T(p['name'], NAME_EN[ad]),
                      'city': T(p['city'], CITY_EN[city_ad]), 'cityAdcode': city_ad})
    items.sort(key=lambda c: c['adcode'])
    assert len(items) == 90 and set(NAME_EN) == {c['adcode'] for c in items}
    return items


# ---------------------------------------------------------------- mountain counties

FROM_2021 = D(2021, 'by', '不晚于2021年7月（“山区26县”提法此时已在使用）',
              "by July 2021 (the term '26 mountain counties' was in use by then)", month=7)
UNTIL_2024 = D(2024, 'exact', '2024年8月', 'August 2024', month=8)
UNTIL_2025 = D(2025, 'exact', '2025年5月28日', '28 May 2025', month=5, day=28)
DELISTED_2024 = {'330326', '330802', '331102'}
DELISTED_2025 = {'330324', '330327', '330881'}


def build_mountain(res):
    items = []
    for m in res['mountainCounties']:
        ad = m['adcode']
        src = list(m['listSources']) + ['cd2021_07_21']
        item = {'adcode': ad, 'group': 'mountain', 'from': FROM_2021, 'until': None, 'untilNote': None}
        if ad in DELISTED_2024:
            item['until'] = UNTIL_2024
            item['untilNote'] = T('在2024年8月首次动态调整中退出山区县名单（另一来源把动态机制的起点记为2023年，两者未统一）。',
                                  'Left the list in the first dynamic adjustment of August 2024 (another source dates the mechanism to 2023; the discrepancy is unresolved).')
            src += ['dynamic2024']
        elif ad in DELISTED_2025:
            item['until'] = UNTIL_2025
            item['untilNote'] = T('在2025年5月28日第二次调整中退出名单。',
                                  'Left the list in the second adjustment on 28 May 2025.')
        items.append(with_conf(item, dict.fromkeys(src), m['listConfidence']))
    assert len(items) == 26
    for ad in ('330305', '330922'):
        items.append(with_conf({'adcode': ad, 'group': 'island',
                                'from': D(2024, 'exact', '2024年8月', 'August 2024', month=8),
                                'until': None, 'untilNote': None},
                               ['chinanews2025', 'dynamic2024'], 'high'))
    items.sort(key=lambda m: m['adcode'])
    return items


# ---------------------------------------------------------------- pairings

SINCE = {  # (mountain adcode, partner nameZh) -> Dating or None
    ('330127', '西湖区'): D(2013, 'by', '不晚于2013年（2023年称合作已十余年）', 'by 2013 (over ten years of cooperation reported in 2023)'),
    ('330326', '乐清市'): D(2007, 'exact', '2007年', '2007'),
    ('330327', '龙湾区'): D(2006, 'circa', '2006年或2007年（一说2006年结缘，首份协议签于2007年）', '2006 or 2007 (one report says 2006; the first agreement was signed in 2007)'),
    ('330328', '瑞安市'): D(2002, 'exact', '2002年', '2002'),
    ('330329', '鹿城区'): D(2002, 'exact', '2002年', '2002'),
    ('330329', '滨江区'): D(2021, 'exact', '2021年7月（全省结对调整）', 'July 2021 (provincial pairing adjustment)', month=7),
    ('330723', '永康市'): D(2006, 'exact', '2006年', '2006'),
    ('330723', '海宁市'): D(2018, 'by', '不晚于2018年', 'by 2018'),
    ('330727', '东阳市'): D(2020, 'circa', '约2020年（2022年6月称“两年前”）', "c. 2020 ('two years ago' in June 2022)"),
    ('330802', '余杭区'): D(None, 'unknown', '起始年份不详；2020年及更早的报道已提及', 'start year not found; reported in 2020 and earlier'),
    ('330803', '鄞州区'): D(2012, 'exact', '2012年', '2012'),
    ('330881', '柯桥区'): D(None, 'unknown', '起始年份不详；2020年11月的报道已列为结对', 'start year not found; named as a pair in November 2020'),
    ('330822', '慈溪市'): D(2013, 'circa', '约2013年（2023年称结对十年）', "c. 2013 ('ten years' in 2023)"),
    ('330824', '桐乡市'): D(2014, 'exact', '2014年', '2014'),
    ('330824', '绍兴滨海新区'): D(2021, 'by', '不晚于2021年4月', 'by April 2021', month=4),
    ('330825', '镇海区'): D(2014, 'by', '不晚于2014年', 'by 2014'),
    ('331023', '路桥区'): D(2017, 'by', '不晚于2017年', 'by 2017'),
    ('331024', '玉环市'): D(2024, 'circa', '约2024年（2025年5月称“去年以来”）', "c. 2024 ('since last year' in May 2025)"),
    ('331102', '义乌市'): D(None, 'unknown', '长期结对，起始年份不详', 'long-standing; start year not found'),
    ('331102', '江北区'): D(2022, 'by', '不晚于2022年（可能始于2018年宁波与丽水全面结对）', "by 2022 (probably from Ningbo's 2018 pairing with all of Lishui)"),
    ('331181', '萧山区'): D(2012, 'by', '不晚于2012年（当年起共建产业园）', 'by 2012 (joint park from that year)'),
    ('331181', '秀洲区'): D(2002, 'circa', '约2002年（2020年5月称携手18年）', "c. 2002 ('18 years' in May 2020)"),
    ('331121', '嵊州市'): D(2016, 'exact', '2016年', '2016'),
    ('331121', '平湖市'): D(2003, 'exact', '2003年', '2003'),
    ('331122', '德清县'): D(2018, 'by', '不晚于2018年', 'by 2018'),
    ('331122', '富阳区'): D(2018, 'by', '不晚于2018年', 'by 2018'),
    ('331122', '奉化区'): D(2018, 'exact', '2018年', '2018'),
    ('331123', '诸暨市'): D(2014, 'by', '不晚于2014年（共建产业园）', 'by 2014 (joint park)'),
    ('331123', '南湖区'): D(2017, 'exact', '2017年', '2017'),
    ('331124', '余姚市'): None,
    ('331125', '北仑区'): D(2017, 'by', '不晚于2017年（当年起共建生态文旅产业园）', 'by 2017 (joint eco-tourism park from that year)'),
    ('331125', '嘉兴港区'): None,
    ('331125', '吴兴区'): None,
    ('331126', '海曙区'): D(2018, 'circa', '2018年或2019年（2022年9月称结对四年）', "2018 or 2019 ('four years' in September 2022)"),
    ('331126', '长兴县'): None,
    ('331126', '嘉善县'): D(2018, 'by', '不晚于2018年（由三方飞地推断）', 'by 2018 (inferred from the three-party enclave)'),
    ('331127', '上虞区'): D(2015, 'circa', '约2015年（2020年11月称结对五年）', "c. 2015 ('five years' in November 2020)"),
    ('331127', '温岭市'): None,
    ('331127', '海盐县'): D(2016, 'exact', '2016年', '2016'),
    ('331127', '宁海县'): D(None, 'unknown', '起始年份不详；2019年报道已提及', 'start year not found; mentioned in 2019'),
    ('331127', '鄞州区'): D(None, 'unknown', '时间不详；2019年报道列为先后帮扶方之一', 'date unknown; listed in 2019 among successive supporters'),
}

PAIR_NOTE = {
    ('330127', '西湖区'): T('2023年报道称两地合作已十余年，淳安的科创飞地和共富飞地都设在西湖区。',
                           "Reported in 2023 as more than a decade old, and both of Chun'an's enclaves (sci-tech and common-prosperity) are in Xihu."),
    ('330326', '乐清市'): T('两地自2007年结对，合作内容包括消薄飞地和生态旅游文化产业园。',
                           'Paired since 2007, the two share a village-income enclave and an eco-tourism and culture park.'),
    ('330327', '龙湾区'): T('结对起点有2006年和2007年（首份协议）两种说法，两地于2017年再度签约。',
                           'Reports put the start in 2006 or in 2007 (the first agreement), and the two signed again in 2017.'),
    ('330328', '瑞安市'): T('2002年的首批结对之一，2021年仍在推进合作。',
                           'One of the first pairs of 2002, still working together in 2021.'),
    ('330329', '鹿城区'): T('2002年的首批结对之一，两地共建总部科创园和生态旅游文化产业园。',
                           'One of the first pairs of 2002, jointly running a headquarters sci-tech park and an eco-tourism park.'),
    ('330329', '滨江区'): T('在2021年7月全省结对调整中新增，2024年已延伸到街道与开发区之间的结对。',
                           'Added in the July 2021 provincial reshuffle, and by 2024 extended to a pairing between a Binjiang street and Taishun\'s development zone.'),
    ('330723', '永康市'): T('金华市内部的结对，始于2006年。', 'A pairing within Jinhua City that dates from 2006.'),
    ('330723', '海宁市'): T('2018年海宁代表团赴武义对接，两地共建核心区2.98平方公里的产业园。',
                           'A Haining delegation visited Wuyi in 2018, and the two co-develop a park with a 2.98 km² core area.'),
    ('330727', '东阳市'): T('2022年6月两地召开高层联席会议，报道称结对约始于两年前。',
                           'The two held a top-level joint meeting in June 2022, with the pairing said to date from about two years earlier.'),
    ('330802', '余杭区'): T('余杭区2021年拆分为余杭、临平两区后由哪一区承接结对尚未证实，较可能是新余杭区。',
                           'After Yuhang was split into Yuhang and Linping in 2021 it is unconfirmed which district carries the pairing, most likely the new Yuhang.'),
    ('330803', '鄞州区'): T('2012年结对，衢江在鄞州设有产业飞地、消薄飞地和科创飞地。',
                           'Paired in 2012, with Qujiang running industrial, village-income and sci-tech enclaves in Yinzhou.'),
    ('330881', '柯桥区'): T('2020年11月报道将两地列为往来频繁的结对，未找到注明日期的协议；江山的第一轮结对方是原江干区。',
                           "Named as a busy pair in November 2020 with no dated agreement found; Jiangshan's first-round partner was the former Jianggan District."),
    ('330822', '慈溪市'): T('2023年报道称两地结对已十年，并在慈溪共建产业飞地。',
                           'Described in 2023 as a ten-year pairing, with a joint industrial enclave in Cixi.'),
    ('330824', '桐乡市'): T('两地2015年设立生态旅游文化产业示范区，来源条目没有网址。',
                           'The two set up an eco-tourism and culture demonstration zone in 2015; the source item has no URL.'),
    ('330824', '绍兴滨海新区'): T('绍兴滨海新区是功能区，没有行政区划代码，2021年4月与开化签订产业飞地框架协议。',
                                 'Shaoxing Binhai New Area is a functional zone without an administrative code; it signed an industrial-enclave framework agreement with Kaihua in April 2021.'),
    ('330825', '镇海区'): T('2014年已见报道，两地共建产业园。', 'Already reported in 2014, with a jointly built industrial park.'),
    ('331023', '路桥区'): T('2017年两地签订生态旅游文化产业园共建协议。', 'The two signed an agreement in 2017 to build an eco-tourism and culture park together.'),
    ('331024', '玉环市'): T('证据来自2025年的消费协作平台，结对起始时间尚未证实。',
                           'The evidence is a 2025 consumption-cooperation platform; when the pairing began is unconfirmed.'),
    ('331102', '义乌市'): T('长期结对，两地共建莲都大厦科创飞地和省级产业园。',
                           'A long-standing pair behind the Liandu Building sci-tech enclave and a provincial industrial park.'),
    ('331102', '江北区'): T('2022年江北代表团赴莲都对接，结对可能源于2018年宁波与丽水全部县级单位结对。',
                           'A Jiangbei delegation visited Liandu in 2022; the link probably goes back to Ningbo pairing with every Lishui county unit in 2018.'),
    ('331181', '萧山区'): T('两地自2012年共建省级产业园，2018年又签订飞地产业园协议。',
                           'They have run a provincial industrial park together since 2012 and signed an enclave-park agreement in 2018.'),
    ('331181', '秀洲区'): T('2002年开始的早期结对，2020年仍在合作，2021年调整后是否延续未经证实。',
                           'An early pairing from 2002 that was still active in 2020; whether it survived the 2021 adjustment is unconfirmed.'),
    ('331121', '嵊州市'): T('2016年结对，2021年青田代表团赴嵊州考察。', 'Paired in 2016; a Qingtian delegation visited Shengzhou in 2021.'),
    ('331121', '平湖市'): T('2003年开始的早期结对，近年文章仍介绍两地合作，2021年调整后的地位未经证实。',
                           'An early pairing from 2003 that a recent article still describes; its standing after the 2021 adjustment is unconfirmed.'),
    ('331122', '德清县'): T('2020年报道列为结对，至少可追溯到2018年。', 'Named as a pair in a 2020 report and traceable to 2018 at the latest.'),
    ('331122', '富阳区'): T('2020年报道列为结对，至少可追溯到2018年。', 'Named as a pair in a 2020 report and traceable to 2018 at the latest.'),
    ('331122', '奉化区'): T('2018年结对，2023年两地又在另一机制浙西南革命老区对口合作中结对。',
                           'Paired in 2018, and matched again in 2023 under the separate south-west Zhejiang old-revolutionary-base scheme.'),
    ('331123', '诸暨市'): T('两地共建的产业园2014年已在建设。', 'Their joint industrial park was already being built in 2014.'),
    ('331123', '南湖区'): T('2017年结对，2018年报道介绍两地合作的新开局。', 'Paired in 2017; a 2018 report covers the start of their joint work.'),
    ('331124', '余姚市'): T('两地共建省级山海协作产业园，结对起始年份未找到。',
                           'The two run a provincial cooperation industrial park; the start year of the pairing was not found.'),
    ('331125', '北仑区'): T('2017年起两地共建生态文旅产业园。', 'The two have co-developed an eco-tourism and culture park since 2017.'),
    ('331125', '嘉兴港区'): T('嘉兴港区是功能区，没有行政区划代码，2024年报道列为云和的结对方之一。',
                             "Jiaxing Port Area is a functional zone without an administrative code; a 2024 report lists it among Yunhe's partners."),
    ('331125', '吴兴区'): T('2024年报道列为云和的三个结对方之一，起始年份不详。',
                           "Listed in a 2024 report as one of Yunhe's three partners; start year not found."),
    ('331126', '海曙区'): T('2022年报道称结对已四年，因此起点在2018年或2019年。',
                           'A 2022 report spoke of four years of pairing, which puts the start in 2018 or 2019.'),
    ('331126', '长兴县'): T('2020年报道列为结对，起始年份不详。', 'Named as a pair in a 2020 report; start year not found.'),
    ('331126', '嘉善县'): T('由2018年嘉善、庆元、九寨沟三方飞地产业园推断，未见直接的结对表述。',
                           'Inferred from the 2018 Jiashan–Qingyuan–Jiuzhaigou three-party enclave park; no explicit pairing wording was seen.'),
    ('331127', '上虞区'): T('2020年报道称结对已五年，上虞也是景宁农产品的主要销地之一。',
                           'A 2020 report counted five years of pairing, and Shangyu is one of the main buyers of Jingning produce.'),
    ('331127', '温岭市'): T('多篇报道称温岭为景宁的结对县市，也是景宁农产品的销地。',
                           "Several reports name Wenling as Jingning's partner and as a market for its produce."),
    ('331127', '海盐县'): T('2016年结对，2024年海盐代表团赴景宁对接。', 'Paired in 2016; a Haiyan delegation visited Jingning in 2024.'),
    ('331127', '宁海县'): T('2019年报道把宁海列为先后帮扶景宁的县市之一。',
                           'A 2019 report names Ninghai among the counties that supported Jingning in turn.'),
    ('331127', '鄞州区'): T('2019年报道在先后帮扶景宁的县市中首列鄞州，可能是较早的结对，现状未证实。',
                           "A 2019 report lists Yinzhou first among Jingning's successive supporters, so this may be an older pairing whose current status is unconfirmed."),
}

PAIR_NAME_NULL = {'绍兴滨海新区': T('绍兴滨海新区', 'Shaoxing Binhai New Area'),
                  '嘉兴港区': T('嘉兴港区', 'Jiaxing Port Area')}

PAIR_CONF_NOTE = {
    ('330802', '余杭区'): T('2021年前的结对可信度高；2021年后由新余杭区承接为中等可信。',
                           'High for the pairing before 2021; medium for its attribution to the post-2021 Yuhang District.'),
}

STATUS = {'active': 'active', 'possibly historical': 'unconfirmed'}


def build_pairings(res):
    items = []
    n = 0
    for p in res['pairings']:
        m = p['mountainCountyAdcode']
        for q in p['partners']:
            n += 1
            key = (m, q['nameZh'])
            partner = q['adcode']
            if partner is None:
                name = PAIR_NAME_NULL[q['nameZh']]
            else:
                name = T(q['nameZh'], NAME_EN[partner])
            item = {'id': 'PR%02d' % n, 'mountain': m, 'partner': partner, 'partnerName': name,
                    'since': SINCE[key], 'status': STATUS[q['status']], 'note': PAIR_NOTE[key]}
            items.append(with_conf(item, q['sources'], level(q['confidence']), PAIR_CONF_NOTE.get(key)))
    assert len(SINCE) == n and len(PAIR_NOTE) == n
    # the one historical pairing that is not also a current pairing
    h = [x for x in res['historicalPairings'] if x['mountainCountyAdcode'] == '330881'][0]
    n += 1
    items.append(with_conf({
        'id': 'PR%02d' % n, 'mountain': '330881', 'partner': None,
        'partnerName': T('江干区（2021年撤销）', 'Jianggan District (abolished 2021)'),
        'since': D(None, 'unknown', '第一轮结对，起始年份不详', 'first-round pairing; start year not found'),
        'status': 'historical',
        'note': T('江干区是江山的第一轮结对方，两地曾在江干共建科创飞地；江干区2021年撤销，其辖区今大部分属上城区。',
                  "Jianggan was Jiangshan's first-round partner and hosted their sci-tech enclave; it was abolished in 2021 and most of it is now in Shangcheng District."),
    }, list(h['sources']) + ['hz2021'], level(h['confidence'])))
    return items


# ---------------------------------------------------------------- enclaves

def E(type_, typeNote, host, hostPlace, ben, benName, opened, figures, note, conf=None, confNote=None):
    return dict(type=type_, typeNote=typeNote, host=host, hostPlace=hostPlace, beneficiary=ben,
                beneficiaryName=benName, opened=opened, figures=figures, note=note,
                _conf=conf, _confNote=confNote)


ENCLAVE = {
    'E01': E('common-prosperity', T('共富飞地（消薄类）', 'common-prosperity enclave (village-income type)'),
             '330106', T('杭州市西湖区双浦镇', 'Shuangpu Town, Xihu District, Hangzhou'),
             '330127', T('淳安县', "Chun'an County"),
             D(2023, 'exact', '2023年8月28日开园', 'opened 28 August 2023', month=8, day=28), [],
             T('两地于2023年7月17日签订共富飞地合作协议，一个多月后大楼开园。',
               'The two signed the common-prosperity enclave agreement on 17 July 2023, and the building opened about six weeks later.'),
             'high', T('地点和双方可信度高；开园日期只见于镜像站的图片说明，为中等可信。',
                       'High for the site and the parties; medium for the opening date, seen only in a photo caption on a mirror site.')),
    'E02': E('sci-tech', None, '330106', T('杭州市西湖区（西斗门）', 'Xidoumen, Xihu District, Hangzhou'),
             '330127', T('淳安县', "Chun'an County"), None, [],
             T('淳安在杭州西湖区设立的科创飞地，具体地址和启用时间未找到。',
               "Chun'an's sci-tech enclave in Xihu District; its exact address and opening date were not found."),
             'high', T('存在可信度高，具体位置不详。', 'High for its existence; the exact site is unknown.')),
    'E03': E('sci-tech', T('科创与总部飞地', 'sci-tech and headquarters enclave'),
             '330302', T('温州市鹿城区（七都）', 'Qidu, Lucheng District, Wenzhou'),
             '330329', T('泰顺县', 'Taishun County'),
             D(2019, 'by', '不晚于2019年4月（已作为运营平台见报）', 'by April 2019 (reported as an operating platform)', month=4),
             [F('入股的泰顺村集体', 'Taishun villages holding shares', 218, 'count', '218个村', '218 villages')],
             T('温州首个山海协作飞地平台，分红归入股的泰顺村集体。',
               "Wenzhou's first mountain–sea enclave platform, with dividends going to the Taishun villages that invested."),
             'high', T('双方和村数可信度高；七都这一位置为中等可信。',
                       'High for the parties and the village count; medium for the Qidu location.')),
    'E04': E('industrial', T('反向飞地：设在山区县境内，由两地共享', 'reverse enclave sited in the mountain county and shared by both sides'),
             '330329', T('泰顺县', 'Taishun County'),
             '330329', T('泰顺县、鹿城区（共享）', 'Taishun County and Lucheng District (shared)'),
             D(2022, 'exact', '2022年4月24日签订共建协议', 'co-construction agreement signed 24 April 2022', month=4, day=24),
             [F('项目', 'Projects', 10, 'count', '10个', '10'),
              F('投资', 'Investment', 2500000000, 'yuan', '25亿元', '¥2.5 bn'),
              F('预计就业', 'Expected jobs', 1000, 'count', '1000个', '1,000')],
             T('鹿城与泰顺的“双向飞地”，首批项目中有正泰逆变器智能制造项目。',
               "Lucheng and Taishun's 'two-way' enclave, whose first projects include a Chint inverter factory."),
             'high'),
    'E05': E('sci-tech', None, '330782', T('金华义乌市金融商务区', 'Financial and Business District, Yiwu, Jinhua'),
             '331102', T('丽水市莲都区', 'Liandu District, Lishui'),
             D(2021, 'exact', '2021年1月开工，计划2024年6月竣工', 'construction began January 2021; completion planned for June 2024', month=1),
             [F('投资', 'Investment', 1300000000, 'yuan', '13亿元', '¥1.3 bn'),
              F('高度', 'Height', 167, 'm', '167米', '167 m'),
              F('建筑面积', 'Floor area', 184000, 'm2', '18.4万平方米', '184,000 m²')],
             T('双塔楼宇，采用“研发销售在义乌、生产在莲都”的模式。',
               'A twin-tower building following the model of research and sales in Yiwu, production in Liandu.'),
             'high', T('存在、双方和合作模式可信度高；数字仅见于论坛帖子，可信度低。',
                       'High for its existence, parties and model; low for the figures, which come only from a forum post.')),
    'E06': E('industrial', T('产业飞地，收益用于消除薄弱村（产业/消薄）', 'industrial enclave whose income goes to village collectives (industrial / village-income)'),
             '330109', T('杭州市萧山经济技术开发区', 'Xiaoshan Economic and Technological Development Zone, Hangzhou'),
             '331181', T('龙泉市', 'Longquan City'),
             D(2018, 'exact', '2018年6月21日签订共建协议', 'co-construction agreement signed 21 June 2018', month=6, day=21),
             [F('规划面积', 'Planned area', 150, 'mu', '150亩', '150 mu'),
              F('一期面积', 'Phase 1 area', 50, 'mu', '50亩', '50 mu'),
              F('税收返还期', 'Tax refund period', 5, 'years', '5年', '5 years')],
             T('萧山在5年内把园区企业的地方留成税收返还给龙泉，一期计划于2018年开建。',
               'For five years Xiaoshan hands the locally retained tax of park firms back to Longquan; phase 1 was due to start in 2018.'),
             'high'),
    'E07': E('sci-tech', T('市级科创飞地', 'city-level sci-tech enclave'),
             '330110', T('杭州未来科技城（余杭区）', 'Future Sci-Tech City, Yuhang District, Hangzhou'),
             None, T('衢州市（市级）', 'Quzhou City (city level)'),
             D(2012, 'exact', '2012年起', 'from 2012'),
             [F('引进项目（至2018年年中）', 'Projects attracted (to mid-2018)', 100, 'count', '超过100个', 'over 100', True)],
             T('浙江第一个科创飞地，也是第一个跨行政区的创业园。',
               "Zhejiang's first sci-tech enclave and its first start-up park run across administrative borders."),
             'high'),
    'E08': E('industrial', None, '330212', T('宁波市鄞州经济开发区', 'Yinzhou Economic Development Zone, Ningbo'),
             '330803', T('衢州市衢江区', 'Qujiang District, Quzhou'),
             D(2021, 'exact', '2021年12月开工，2022年首家企业投产', 'construction began December 2021; first firm producing in 2022', month=12),
             [F('规划面积', 'Planned area', 1501, 'mu', '1501亩', '1,501 mu'),
              F('入驻企业', 'Firms', 10, 'count', '10家', '10'),
              F('2022年产值', 'Output in 2022', 500000000, 'yuan', '超过5亿元', 'over ¥500 m', True)],
             T('全省第一个投产的山海协作产业飞地。', 'The first mountain–sea industrial enclave in the province to go into production.'),
             'high'),
    'E09': E('common-prosperity', T('消薄飞地', 'village-income (消薄) enclave'),
             '330212', T('宁波市鄞州经济开发区', 'Yinzhou Economic Development Zone, Ningbo'),
             '330803', T('衢江区（162个村集体）', 'Qujiang District (162 village collectives)'),
             D(2023, 'exact', '2019年启动，2023年2月建成交付', 'begun 2019; completed and handed over February 2023', month=2),
             [F('建筑面积', 'Floor area', 34500, 'm2', '3.45万平方米', '34,500 m²'),
              F('投资', 'Investment', 120000000, 'yuan', '1.2亿元', '¥120 m'),
              F('入股村', 'Villages holding shares', 162, 'count', '162个', '162'),
              F('前5年固定收益率', 'Fixed annual return, first 5 years', 10, 'percent', '每年10%', '10% a year'),
              F('至2023年1月已付收益', 'Returns paid by January 2023', 20000000, 'yuan', '超过2000万元', 'over ¥20 m', True),
              F('每村所得', 'Per village', 80000, 'yuan', '超过8万元', 'over ¥80,000', True),
              F('受益人数', 'People benefiting', 135000, 'count', '13.5万人', '135,000')],
             T('鄞州为衢江村集体建设的消薄产业园，按固定比例向入股村返还收益。',
               "A village-income park built in Yinzhou for Qujiang's village collectives, paying them a fixed return."),
             'high'),
    'E10': E('sci-tech', None, '330212', T('宁波市鄞州区（南部商务区）', 'Southern Business District, Yinzhou District, Ningbo'),
             '330803', T('衢江区', 'Qujiang District'),
             D(2022, 'by', '不晚于2022年（已在运营）', 'by 2022 (in operation)'), [],
             T('衢江在宁波的科创飞地，包括大海大厦等楼宇。', "Qujiang's sci-tech enclave in Ningbo, including the Dahai Building."),
             'medium'),
    'E11': E('industrial', None, '330282', T('慈溪滨海经济开发区（龙山镇）', 'Cixi Binhai Economic Development Zone (Longshan Town)'),
             '330822', T('常山县', 'Changshan County'),
             D(2021, 'exact', '2021年9月24日开工', 'ground broken 24 September 2021', month=9, day=24),
             [F('项目', 'Projects', 5, 'count', '5个', '5'),
              F('投资', 'Investment', 660000000, 'yuan', '6.6亿元', '¥660 m'),
              F('用地', 'Land', 200, 'mu', '200亩', '200 mu'),
              F('预计年销售额', 'Expected annual sales', 1300000000, 'yuan', '13亿元', '¥1.3 bn')],
             T('全省首批开工的产业飞地之一。', 'One of the first industrial enclaves in the province to start construction.'),
             'high'),
    'E12': E('industrial', None, None, T('绍兴滨海新区（功能区）', 'Shaoxing Binhai New Area (functional zone)'),
             '330824', T('开化县', 'Kaihua County'),
             D(2021, 'exact', '2021年4月14日签订框架协议', 'framework agreement signed 14 April 2021', month=4, day=14),
             [F('规划面积', 'Planned area', 1500, 'mu', '1500亩以上', 'over 1,500 mu', True),
              F('一期面积', 'Phase 1 area', 50, 'mu', '不少于50亩', 'at least 50 mu', True)],
             T('被称为全省新一轮首个产业飞地协议，重点发展生物医药、集成电路和高端装备。',
               "Called the province's first industrial-enclave agreement of the new round, aimed at biomedicine, integrated circuits and high-end equipment."),
             'high'),
    'E13': E('sci-tech', None, '330102',
             T('杭州原江干区九环路48号财通大厦（该址今属上城区，系推断）', 'Caitong Building, 48 Jiuhuan Road, former Jianggan District, Hangzhou (now Shangcheng District, inferred)'),
             '330881', T('江山市', 'Jiangshan City'),
             D(None, 'unknown', '12月24日开园（年份缺失，可能为2020年）', 'opened 24 December (year not shown, probably 2020)'),
             [F('开园时签约企业', 'Firms signed at opening', 8, 'count', '8家', '8')],
             T('江山与第一轮结对方江干区共建的科创飞地。', 'A sci-tech enclave set up by Jiangshan with its first-round partner, Jianggan District.'),
             'medium', T('所在区为推断：江干区2021年撤销，该地址今属上城区；开园年份亦缺失。',
                         'The host district is inferred (Jianggan was abolished in 2021 and the address is now in Shangcheng), and the opening year is missing.')),
    'E14': E('common-prosperity', T('消薄飞地', 'village-income (消薄) enclave'),
             '330381', T('瑞安市（推断）', "Rui'an City (inferred)"),
             '330328', T('文成县', 'Wencheng County'),
             D(2021, 'by', '2021年前已设立，2021年扩容升级', 'existing before 2021 and expanded in 2021'),
             [F('保底年分红（扩容前）', 'Guaranteed yearly dividend (before expansion)', 2000000, 'yuan', '200万元', '¥2 m'),
              F('保底年分红（2021年扩容后）', 'Guaranteed yearly dividend (after 2021 expansion)', 5000000, 'yuan', '超过500万元', 'over ¥5 m', True)],
             T('2021年扩容后，文成村集体的保底分红提高到原来的两倍多。',
               "After the 2021 expansion the guaranteed dividend for Wencheng's villages more than doubled."),
             'high', T('数字可信度高；所在地瑞安为推断，中等可信。', "High for the figures; medium for the location in Rui'an, which is inferred.")),
    'E15': E('common-prosperity', T('消薄飞地', 'village-income (消薄) enclave'),
             '330382', T('乐清市（推断）', 'Yueqing City (inferred)'),
             '330326', T('平阳县（30个原薄弱村）', 'Pingyang County (30 formerly weak villages)'),
             D(2021, 'by', '不晚于2021年', 'by 2021'),
             [F('受益村', 'Villages', 30, 'count', '30个', '30'),
              F('年收益', 'Yearly income', 3000000, 'yuan', '300万元', '¥3 m')],
             T('乐清为平阳原薄弱村设立的消薄飞地，所在地未直接说明。',
               "Yueqing's village-income enclave for Pingyang's formerly weak villages; its location is not stated directly."),
             'medium'),
    'E16': E('common-prosperity', T('跨省三方消薄飞地', 'cross-province, three-party village-income enclave'),
             '330421', T('嘉兴市嘉善县大云镇', 'Dayun Town, Jiashan County, Jiaxing'),
             '331126', T('庆元县（83个薄弱村）及四川九寨沟县（48个贫困村）', 'Qingyuan County (83 weak villages) and Jiuzhaigou County, Sichuan (48 poor villages)'),
             D(2018, 'exact', '2018年5月签约，11月开工', 'agreement May 2018; ground broken November 2018', month=11),
             [F('规划面积', 'Planned area', 300, 'mu', '300亩', '300 mu'),
              F('一期面积', 'Phase 1 area', 73.6, 'mu', '73.6亩', '73.6 mu'),
              F('投资', 'Investment', 228000000, 'yuan', '2.28亿元', '¥228 m'),
              F('预计年收益', 'Expected yearly return', 22000000, 'yuan', '约2200万元', 'about ¥22 m', True)],
             T('嘉善、庆元和九寨沟三地村集体抱团建设的强村产业园。',
               'A village-strengthening park built jointly by village collectives of Jiashan, Qingyuan and Jiuzhaigou.'),
             'high'),
    'E17': E('industrial', T('市级开发区之间的产业飞地', 'industrial enclave between city-level zones'),
             None, T('宁波杭州湾新区（功能区）', 'Ningbo Hangzhou Bay New Area (functional zone)'),
             None, T('丽水经济技术开发区', 'Lishui Economic and Technological Development Zone'),
             D(2019, 'exact', '2019年5月31日签约', 'agreement signed 31 May 2019', month=5, day=31), [],
             T('受益方是丽水经开区，不属于山区26县中的任何一县。',
               'The beneficiary is the Lishui development zone, not one of the 26 mountain counties.'),
             'high', T('协议可信度高；受益方不是山区县。', 'High for the agreement; the beneficiary is not a mountain county.')),
    'E18': E('consumption', T('消薄与消费协作平台，由村集体入股', 'village-income and consumption platform owned by village shareholders'),
             '330302', T('温州市鹿城区五马街道', 'Wuma Subdistrict, Lucheng District, Wenzhou'),
             '330329', T('泰顺县（10个薄弱村）', 'Taishun County (10 weak villages)'),
             D(2018, 'exact', '2018年12月', 'December 2018', month=12),
             [F('入股村', 'Villages holding shares', 10, 'count', '10个', '10'),
              F('每村入股', 'Stake per village', 50000, 'yuan', '5万元', '¥50,000'),
              F('每村保底年分红', 'Guaranteed yearly dividend per village', 50000, 'yuan', '5万元', '¥50,000')],
             T('在温州城区销售泰顺农特产品的直销中心，由泰顺薄弱村入股。',
               "A shop in central Wenzhou selling Taishun farm produce, owned by Taishun's weak villages."),
             'high'),
}


def build_enclaves(res):
    items = []
    for e in res['enclaves']:
        h = ENCLAVE[e['id']]
        conf = h.pop('_conf')
        assert conf == level(e['confidence']), e['id']
        note = h.pop('_confNote')
        item = {'id': e['id'], 'name': T(e['nameZh'], e['nameEn'])}
        item.update(h)
        items.append(with_conf(item, e['sources'], conf, note))
    assert len(items) == 18
    return items


# ---------------------------------------------------------------- projects

PARTNER_AD = {'龙泉市': '331181', '萧山区': '330109', '莲都区': '331102', '义乌市': '330782',
              '遂昌县': '331123', '诸暨市': '330681', '松阳县': '331124', '余姚市': '330281',
              '龙游县': '330825', '镇海区': '330211', '泰顺县': '330329', '鹿城区': '330302',
              '天台县': '331023', '路桥区': '331004', '苍南县': '330327', '龙湾区': '330303',
              '平阳县': '330326', '乐清市': '330382', '文成县': '330328', '瑞安市': '330381',
              '云和县': '331125', '北仑区': '330206', '开化县': '330824', '桐乡市': '330483',
              '武义县': '330723', '海宁市': '330481', '淳安县': '330127', '西湖区': '330106',
              '景宁': '331127', '上虞': '330604', '温岭': '331081', '宁海': '330226', '海盐': '330424',
              '仙居县': '331024', '玉环市': '331083'}


def P(kind, place, year, figures, note, enclave=None, conf=None, confNote=None, name_en=None):
    return dict(kind=kind, locationPlace=place, year=year, figures=figures, note=note,
                enclave=enclave, _conf=conf, _confNote=confNote, _nameEn=name_en)


PROJECT = {
    'P01': P('industrial-park', T('丽水市龙泉市', 'Longquan City, Lishui'),
             D(2012, 'exact', '2012年（首批省级山海协作产业园）', '2012 (first batch of provincial cooperation parks)'),
             [F('面积', 'Area', 5.1, 'km2', '5.1平方千米', '5.1 km²'),
              F('省级考核', 'Provincial assessment', None, None, '2015—2017年连续获一等奖', 'first prize in 2015, 2016 and 2017'),
              F('项目（至2017年底）', 'Projects (to end of 2017)', 72, 'count', '72个', '72'),
              F('到位资金（至2017年底）', 'Funds in place (to end of 2017)', 3910000000, 'yuan', '39.1亿元', '¥3.91 bn'),
              F('规上企业', 'Regulated firms', 22, 'count', '22家', '22'),
              F('亩均税收', 'Tax per mu', 410000, 'yuan', '41万元', '¥410,000'),
              F('2016年竣工项目', 'Projects completed in 2016', 30, 'count', '30个', '30')],
             T('龙泉与萧山共建的产业园，引进了沙特资本的汽车零部件生产线和国镜药业（科伦）输液生产线。',
               'The park co-run by Longquan and Xiaoshan, whose anchor investments include a Saudi-funded auto-parts line and the Guojing (Kelun) IV-fluid plant.'),
             conf='high'),
    'P02': P('industrial-park', T('丽水市莲都区', 'Liandu District, Lishui'), None,
             [F('丽水四个省级园区合计规划面积', 'Four Lishui provincial parks combined: planned area', 21.48, 'km2', '21.48平方千米', '21.48 km²'),
              F('丽水四个省级园区合计固定资产投资', 'Four Lishui provincial parks combined: fixed-asset investment', 27472000000, 'yuan', '274.72亿元', '¥27.47 bn'),
              F('丽水四个省级园区合计企业', 'Four Lishui provincial parks combined: firms', 234, 'count', '234家', '234'),
              F('丽水四个省级园区合计项目资金', 'Four Lishui provincial parks combined: project funds', 18475000000, 'yuan', '184.75亿元', '¥18.475 bn')],
             T('丽水四个省级山海协作产业园之一，所列数字为四园合计（2019年）。',
               "One of Lishui's four provincial cooperation parks; the figures shown are totals for all four (2019)."),
             conf='high'),
    'P03': P('industrial-park', T('遂昌县云峰街道', 'Yunfeng Subdistrict, Suichang County'),
             D(2014, 'by', '2014年已在建设', 'under construction by 2014'),
             [F('面积', 'Area', 8000, 'mu', '约8000亩', 'about 8,000 mu', True)],
             T('遂昌与诸暨共建的省级山海协作产业园。', 'The provincial cooperation park run by Suichang and Zhuji.'),
             conf='high'),
    'P04': P('industrial-park', T('丽水市松阳县', 'Songyang County, Lishui'), None, [],
             T('又称恒兆智能制造产业园，以汽车零部件和先进制造为主。',
               'Also known as the Hengzhao Smart Manufacturing Park, focused on auto parts and advanced manufacturing.'),
             conf='high'),
    'P05': P('industrial-park', T('衢州市龙游县', 'Longyou County, Quzhou'),
             D(2014, 'by', '不晚于2014年', 'by 2014'), [],
             T('龙游与镇海共建的产业园，2014年已见报道。', 'The park run by Longyou and Zhenhai, already reported in 2014.'),
             conf='medium'),
    'P06': P('eco-tourism-park', T('泰顺县（核心区：华东大峡谷氡泉旅游度假区）', 'Taishun County (core: East China Grand Canyon radon-spring resort)'),
             D(2018, 'circa', '约2018年', 'c. 2018'),
             [F('2018年省级考核', 'Provincial assessment 2018', None, None, '16个同类园区中排名第一', 'first of 16 similar parks'),
              F('奖励资金', 'Reward', 11000000, 'yuan', '1100万元', '¥11 m'),
              F('项目（至2019年）', 'Projects (to 2019)', 23, 'count', '23个', '23'),
              F('帮扶资金', 'Aid funds', 4880000, 'yuan', '488万元', '¥4.88 m')],
             T('泰顺与鹿城共建的生态旅游文化产业园，2018年考核位列全省第一。',
               'The eco-tourism and culture park of Taishun and Lucheng, ranked first in the province in the 2018 assessment.'),
             conf='high'),
    'P07': P('eco-tourism-park', T('天台县白鹤镇（桃源小镇）', 'Baihe Town (Taoyuan Town project), Tiantai County'),
             D(2017, 'exact', '2017年签订共建协议', 'co-construction agreement 2017'),
             [F('核心区面积', 'Core area', 3.05, 'km2', '3.05平方千米', '3.05 km²'),
              F('计划总投资', 'Planned total investment', 9753000000, 'yuan', '97.53亿元', '¥9.753 bn'),
              F('核心区投资', 'Core-area investment', 7123000000, 'yuan', '71.23亿元', '¥7.123 bn'),
              F('省级年补助', 'Provincial subsidy per year', 22000000, 'yuan', '2200万元', '¥22 m')],
             T('天台与路桥共建的省级生态旅游文化产业园。', 'The provincial eco-tourism and culture park of Tiantai and Luqiao.'),
             conf='high'),
    'P08': P('eco-tourism-park', T('苍南县（马站、渔寮、沿浦等地）', 'Cangnan County (Mazhan, Yuliao, Yanpu and other areas)'),
             D(2018, 'exact', '2018年', '2018'),
             [F('规划项目', 'Planned projects', 50, 'count', '50个', '50'),
              F('计划投资', 'Planned investment', 18400000000, 'yuan', '184亿元', '¥18.4 bn'),
              F('已开工项目', 'Projects started', 38, 'count', '38个', '38'),
              F('已完工项目', 'Projects completed', 16, 'count', '16个', '16'),
              F('已完成投资', 'Investment made', 2700000000, 'yuan', '27亿元', '¥2.7 bn')],
             T('苍南与龙湾共建的生态旅游文化产业园，进展数字约为2020年情况。',
               'The eco-tourism and culture park of Cangnan and Longwan; the progress figures are as of about 2020.'),
             conf='medium', confNote=T('数字来自没有网址的检索条目。', 'The figures come from a search item without a URL.')),
    'P09': P('eco-tourism-park', T('温州市平阳县', 'Pingyang County, Wenzhou'),
             D(2018, 'exact', '2018年', '2018'), [],
             T('平阳与乐清共建的生态旅游文化产业园。', 'The eco-tourism and culture park of Pingyang and Yueqing.'),
             conf='high'),
    'P10': P('eco-tourism-park', T('温州市文成县', 'Wencheng County, Wenzhou'),
             D(2018, 'exact', '2018年起', 'from 2018'),
             [F('政府投资项目（2018—2021年）', 'Government projects (2018–21)', 28, 'count', '28个', '28'),
              F('政府项目投资（2018—2021年）', 'Government investment (2018–21)', 3320000000, 'yuan', '33.2亿元', '¥3.32 bn'),
              F('社会投资项目（2018—2021年）', 'Private projects (2018–21)', 36, 'count', '36个', '36'),
              F('社会项目投资（2018—2021年）', 'Private investment (2018–21)', 18350000000, 'yuan', '183.5亿元', '¥18.35 bn')],
             T('文成与瑞安共建的生态旅游产业园。', 'The eco-tourism park of Wencheng and Rui\'an.'),
             conf='high'),
    'P11': P('eco-tourism-park', T('丽水市云和县', 'Yunhe County, Lishui'),
             D(2017, 'exact', '2017年', '2017'),
             [F('园区项目', 'Park projects', 24, 'count', '24个', '24'),
              F('三个结对方帮扶资金', 'Aid from the three partners', 350000000, 'yuan', '3.5亿元', '¥350 m'),
              F('合作项目', 'Cooperation projects', 170, 'count', '170多个', 'over 170', True)],
             T('云和与北仑共建的生态文旅产业园；帮扶资金来自北仑、嘉兴港区和吴兴三方。',
               'The eco-tourism and culture park of Yunhe and Beilun; the aid figure covers all three partners (Beilun, Jiaxing Port Area and Wuxing).'),
             conf='high'),
    'P12': P('eco-tourism-park', T('开化县（含下淤村）', 'Kaihua County (including Xiayu Village)'),
             D(2015, 'exact', '2015年', '2015'),
             [F('桐乡在下淤村的投资', "Tongxiang's investment in Xiayu Village", 5000000, 'yuan', '超过500万元', 'over ¥5 m', True)],
             T('开化与桐乡共建的生态旅游文化产业示范区。', 'The eco-tourism and culture demonstration zone of Kaihua and Tongxiang.'),
             conf='medium'),
    'P13': P('eco-tourism-park', T('金华市武义县', 'Wuyi County, Jinhua'),
             D(2018, 'by', '不晚于2018年', 'by 2018'),
             [F('核心区面积', 'Core area', 2.98, 'km2', '2.98平方千米', '2.98 km²')],
             T('武义与海宁共建的生态康养旅游园区。', 'The eco and health-tourism park of Wuyi and Haining.'),
             conf='high', name_en='Wuyi–Haining Mountain-Sea Cooperation Park (eco and health tourism)'),
    'P14': P('enclave-building', T('金华义乌市', 'Yiwu City, Jinhua'),
             D(2021, 'exact', '2021年开工，计划2024年竣工', 'begun 2021; completion planned for 2024'), [],
             T('即飞地E05，数字见该飞地。', 'Same as enclave E05, where its figures are given.'), enclave='E05',
             conf='high', confNote=T('与E05相同：存在和双方可信度高，数字可信度低。', 'As for E05: high for existence and parties, low for the figures.')),
    'P15': P('enclave-building', T('温州市鹿城区', 'Lucheng District, Wenzhou'),
             D(2019, 'by', '不晚于2019年', 'by 2019'), [],
             T('即飞地E03，数字见该飞地。', 'Same as enclave E03, where its figures are given.'), enclave='E03',
             conf='high', confNote=T('与E03相同：七都这一位置为中等可信。', 'As for E03: medium for the Qidu location.')),
    'P16': P('enclave-building', T('杭州市西湖区双浦镇', 'Shuangpu Town, Xihu District, Hangzhou'),
             D(2023, 'exact', '2023年', '2023'), [],
             T('即飞地E01，数字见该飞地。', 'Same as enclave E01, where its details are given.'), enclave='E01',
             conf='high', confNote=T('与E01相同：开园日期为中等可信。', 'As for E01: medium for the opening date.')),
    'P17': P('consumption', T('温岭、上虞、宁海、海盐等地', 'Wenling, Shangyu, Ninghai, Haiyan and elsewhere'),
             D(2019, 'by', '不晚于2019年', 'by 2019'),
             [F('受益农户', 'Households benefiting', 24000, 'count', '2.4万户', '24,000'),
              F('茭白日销量（2023年）', 'Water bamboo sold per day (2023)', 20000, 'kg', '超过2万公斤', 'over 20,000 kg', True)],
             T('景宁把“景宁600”品牌农产品通过设在结对地的“飞柜”销往温岭、上虞等地。',
               "Jingning sells its 'Jingning 600' produce through 'flying cabinets' placed in partner counties such as Wenling and Shangyu."),
             conf='high'),
    'P18': P('consumption', T('玉环市西青街（总店）', 'Xiqing Street, Yuhuan City (main shop)'),
             D(2024, 'circa', '2024—2025年间设立', 'set up in 2024–25'), [],
             T('仙居与玉环的“山海臻选”消费协作平台，总店设在玉环。',
               "Xianju and Yuhuan's 'Shanhai Zhenxuan' consumption platform, with its main shop in Yuhuan."),
             conf='medium'),
    'P19': P('investment', T('衢州市衢江区', 'Qujiang District, Quzhou'),
             D(2021, 'by', '不晚于2021年', 'by 2021'),
             [F('计划投资', 'Planned investment', 570000000, 'yuan', '5.7亿元', '¥570 m'),
              F('就业', 'Jobs', 100, 'count', '100个以上', 'over 100', True)],
             T('宁波资本在衢江投资的牧场项目，属宁波与衢州的市级合作，因此未列县级结对方。',
               'A dairy farm in Qujiang built with Ningbo investment; it belongs to the Ningbo–Quzhou city-level cooperation, so no county partners are listed.'),
             conf='high'),
}


def build_projects(res):
    items = []
    for p in res['projects']:
        h = PROJECT[p['id']]
        conf, confNote, name_en = h.pop('_conf'), h.pop('_confNote'), h.pop('_nameEn')
        if p['id'] == 'P19':
            partners = []
        else:
            partners = [PARTNER_AD[n] for n in p['partners']]
        if p['id'] not in ('P14', 'P15', 'P16'):
            assert conf == level(p['confidence']), p['id']
        name_en = name_en or p['nameEn'].replace('MSC', 'Mountain-Sea Cooperation')
        item = {'id': p['id'], 'name': T(p['nameZh'], name_en), 'kind': h['kind'],
                'location': p['locationAdcode'], 'locationPlace': h['locationPlace'],
                'partners': partners, 'year': h['year'], 'figures': h['figures'],
                'enclave': h['enclave'], 'note': h['note']}
        items.append(with_conf(item, p['sources'], conf, confNote))
    assert len(items) == 19
    return items


# ---------------------------------------------------------------- province figures

A21 = D(2021, 'exact', '2021年8月', 'August 2021', month=8)
S23 = D(2023, 'exact', '2023年9月', 'September 2023', month=9)
Y23 = D(2023, 'exact', '2023年', '2023')
Q21 = D(2021, 'exact', '2021年前三季度', 'first three quarters of 2021', month=9)
S14 = D(2014, 'exact', '2014年9月', 'September 2014', month=9)

# one row per provinceFigures entry, in order; the GDP entry expands to two rows
FIG = [
    [(F('飞地园区', 'Enclave parks', 42, 'count', '42个', '42'), A21, None, None)],
    [(F('其中消薄飞地', 'of which village-income (消薄) enclaves', 30, 'count', '30个', '30'), A21, None, None)],
    [(F('消薄飞地带动的26县薄弱村', 'Weak villages in the 26 counties reached by 消薄 enclaves', 2500, 'count', '2500多个', 'over 2,500', True), A21, None, None)],
    [(F('消薄飞地返利', 'Returns paid by 消薄 enclaves', 200000000, 'yuan', '超过2亿元', 'over ¥200 m', True), A21, None, None)],
    [(F('2021年已编制飞地选址方案', 'Enclave site plans drawn up in 2021', 28, 'count', '28个', '28'), A21, None,
      T('统计至2021年8月初。', 'Counted to early August 2021.'))],
    [(F('2021年已签订飞地协议', 'Enclave agreements signed in 2021', 9, 'count', '9个', '9'), A21, None,
      T('统计至2021年8月初。', 'Counted to early August 2021.'))],
    [(F('山海协作平台', 'Mountain–sea cooperation platforms', 68, 'count', '68个', '68'), A21, None, None)],
    [(F('生态旅游文化产业园', 'Eco-tourism and culture industrial parks', 18, 'count', '18个', '18'), A21, None, None)],
    [(F('上述18个园区引进项目', 'Projects brought into those 18 parks', 199, 'count', '199个', '199'), A21, None, None)],
    [(F('上述园区完成固定资产投资', 'Fixed-asset investment completed in those parks', 33300000000, 'yuan', '333亿元', '¥33.3 bn'), A21, None, None)],
    [(F('“希望之光”教育专家组', "'Light of hope' education expert groups", 26, 'count', '26个', '26'), A21, None, None)],
    [(F('20年来流向26县的资金', 'Funds channelled to the 26 counties over 20 years', 100000000000, 'yuan', '近1000亿元', 'nearly ¥100 bn', True), S23, None,
      T('包括结对帮扶、土地指标调剂等多种渠道。', 'Counts paired-county aid, land-quota transfers and other channels.'))],
    [(F('山海协作产业项目（累计）', 'Industrial cooperation projects (cumulative)', 12438, 'count', '12438个', '12,438'), S23, 'projects', None)],
    [(F('上述项目投资（累计）', 'Investment in those projects (cumulative)', 730500000000, 'yuan', '7305亿元', '¥730.5 bn'), S23, 'projectInvestment',
      T('2023年的数字为完成投资，2014年的数字为到位资金，两者口径不同。',
        'The 2023 figure is completed investment while the 2014 figure counts funds in place, so the two are not strictly comparable.'))],
    [(F('强县设立的山海协作培训基地', 'Cooperation training bases set up by stronger counties', 20, 'count', '20多个', 'over 20', True), S23, None, None)],
    [(F('培训劳动力（累计）', 'Labourers trained (cumulative)', 1500000, 'person-times', '近150万人次', 'nearly 1.5 million', True), S23, 'trained', None)],
    [(F('城乡居民收入比', 'Urban/rural income ratio', 1.9, 'ratio', '1.9', '1.9'), Y23, 'urbanRuralRatio', None)],
    [(F('设区市居民收入最高最低倍差', 'Highest-to-lowest city income ratio', 1.58, 'ratio', '1.58', '1.58'), Y23, None, None)],
    [(F('农村居民收入连续居各省区第一', 'Years rural income has ranked first among provinces', 38, 'years', '连续38年', '38 years in a row'), Y23, None, None)],
    [(F('产值超百亿元的山区县产业', 'Mountain-county industries with output over ¥10 bn', 8, 'count', '8个', '8'), Y23, None,
      T('例如淳安的水饮料、龙游的特种纸、缙云的机械装备和青田的不锈钢。',
        "Examples: Chun'an's bottled water, Longyou's specialty paper, Jinyun's machinery and Qingtian's stainless steel."))],
    [(F('城乡居民收入比', 'Urban/rural income ratio', 1.85, 'ratio', '1.85', '1.85'), Q21, 'urbanRuralRatio',
      T('同期全国为2.62。', 'The national ratio for the same period was 2.62.'))],
    [(F('农村居民人均可支配收入', 'Rural per-capita disposable income', 28474, 'yuan', '28474元', '¥28,474'), Q21, None, None)],
    [(F('城镇、农村居民收入连续居各省区第一', 'Years urban and rural incomes have ranked first among provinces', None, 'years', '城镇连续20年、农村连续36年', '20 years (urban) and 36 years (rural)'),
      D(2021, 'exact', '2021年', '2021'), None, None)],
    [(F('山海协作产业项目（累计）', 'Industrial cooperation projects (cumulative)', 8803, 'count', '8803个', '8,803'), S14, 'projects', None)],
    [(F('上述项目到位资金（累计）', 'Funds in place for those projects (cumulative)', 294000000000, 'yuan', '2940亿元', '¥294 bn'), S14, 'projectInvestment',
      T('2014年的数字为到位资金，与2023年的完成投资口径不同。',
        'The 2014 figure counts funds in place, unlike the completed investment reported for 2023.'))],
    [(F('培训劳动力（累计）', 'Labourers trained (cumulative)', 720000, 'person-times', '72万人次', '720,000'), S14, 'trained',
      T('2014年的口径为培训并转移就业。', 'In 2014 the count was of people trained and placed in jobs.'))],
    [(F('“升级版”以来的产业合作项目', "Industrial cooperation projects under the 'upgraded version'", 885, 'count', '885个', '885'),
      D(2021, 'circa', '约2021年（2018—2021年）', 'c. 2021 (2018–21)'), None, None)],
    [(F('山区26县生产总值', 'GDP of the 26 mountain counties', 85000000000, 'yuan', '850亿元', '¥85 bn'),
      D(2002, 'exact', '2002年', '2002'), 'gdp26', None),
     (F('山区26县生产总值', 'GDP of the 26 mountain counties', 740400000000, 'yuan', '7404亿元', '¥740.4 bn'),
      D(2022, 'exact', '2022年', '2022'), 'gdp26', None)],
    [(F('山区海岛县生产总值（1—9月）', 'GDP of the mountain and island counties (Jan–Sep)', 620000000000, 'yuan', '6200亿元', '¥620 bn'),
      D(2024, 'exact', '2024年1—9月', 'January–September 2024', month=9), None,
      T('按2024年调整后的山区海岛县名单统计，与26县序列口径不同。',
        'Counts the post-2024 mountain and island county list, so it is not part of the 26-county series.'))],
]


def build_figures(res):
    pf = res['provinceFigures']
    assert len(pf) == len(FIG) == 29
    items = []
    for src, rows in zip(pf, FIG):
        for fig, as_of, series, note in rows:
            item = {'id': 'F%02d' % (len(items) + 1), 'figure': fig, 'asOf': as_of,
                    'series': series, 'note': note}
            items.append(with_conf(item, src['sources'], level(src['confidence'])))
    return items


# ---------------------------------------------------------------- timeline

TL = [
    (D(2001, 'exact', '2001年', '2001'),
     T('省级层面首次提出山海协作的设想。', 'The idea of mountain–sea cooperation is first put forward at provincial level.'), None),
    (D(2002, 'exact', '2002年', '2002'),
     T('山海协作工程正式实施，瑞安—文成、鹿城—泰顺、秀洲—龙泉等首批结对启动。',
       "The project formally starts, with early pairs such as Rui'an–Wencheng, Lucheng–Taishun and Xiuzhou–Longquan."), None),
    (D(2003, 'exact', '2003年7月', 'July 2003', month=7),
     T('“八八战略”提出，山海协作工程作为其组成部分全面推开。',
       'The Double-Eight Strategy is launched and the project is rolled out across the province as part of it.'), None),
    (D(2012, 'exact', '2012年', '2012'),
     T('首批省级山海协作产业园设立（含龙泉—萧山），衢州海创园作为首个科创飞地在杭州启用，鄞州与衢江结对。',
       "The first provincial cooperation industrial parks are set up (including Longquan–Xiaoshan), Quzhou's Haichuang Park opens in Hangzhou as the first sci-tech enclave, and Yinzhou pairs with Qujiang."), None),
    (D(2014, 'exact', '2014年10月', 'October 2014', month=10),
     T('报道称全省山海协作项目累计达8803个、资金2940亿元。',
       'A report puts the running total at 8,803 cooperation projects and ¥294 bn.'), None),
    (D(2015, 'exact', '2015年', '2015'),
     T('26个欠发达县整体“摘帽”，2015—2017年间多对结对关系重新设定。',
       "The 26 less-developed counties shed their 'underdeveloped' label together, and several pairings are reset in 2015–17."), None),
    (D(2017, 'exact', '2017年9月15日', '15 September 2017', month=9, day=15),
     T('临安撤市设区，清大线北端的清凉峰镇从此属于杭州市临安区。',
       "Lin'an City becomes a district of Hangzhou, placing the Qingda Line's northern end in Lin'an District."), None),
    (D(2018, 'exact', '2018年', '2018'),
     T('浙委发〔2018〕3号文件推出山海协作“升级版”，宁波于7月与丽水全部10个县级单位结对，萧山与龙泉于6月签订飞地产业园协议。',
       "Provincial document No. 3 of 2018 launches the 'upgraded version'; Ningbo pairs with all ten Lishui county units in July, and Xiaoshan and Longquan sign an enclave-park agreement in June."), None),
    (D(2019, 'exact', '2019年9月25日', '25 September 2019', month=9, day=25),
     T('龙港从苍南县析出，设立县级龙港市。', 'Longgang is split off from Cangnan County and becomes a county-level city.'), None),
    (D(2021, 'exact', '2021年4月9日', '9 April 2021', month=4, day=9),
     T('杭州行政区划调整公布：江干并入上城，下城并入拱墅，余杭分设余杭、临平两区，新设钱塘区。',
       "Hangzhou's district reorganisation is published: Jianggan merges into Shangcheng, Xiacheng into Gongshu, Yuhang splits into Yuhang and Linping, and Qiantang District is created."), None),
    (D(2021, 'exact', '2021年6月10日', '10 June 2021', month=6, day=10),
     T('中共中央、国务院印发支持浙江建设共同富裕示范区的意见。',
       'The central authorities issue their Opinions backing Zhejiang as a common-prosperity demonstration zone.'), None),
    (D(2021, 'exact', '2021年7月', 'July 2021', month=7),
     T('全省调整山海协作结对关系，例如滨江区改与泰顺县结对。',
       'The province reshuffles its mountain–sea pairings, for example assigning Binjiang to Taishun.'),
     T('调整一事可信度高，但完整名单未找到。', 'The adjustment itself is well attested, but its full list was not found.')),
    (D(2021, 'exact', '2021年7月19日', '19 July 2021', month=7, day=19),
     T('全省山区26县高质量发展大会召开，“山区26县”提法已在使用。',
       "A provincial conference on the high-quality development of the 26 mountain counties is held, and the term '26 mountain counties' is in use."), None),
    (D(2021, 'by', '不晚于2021年8月', 'by August 2021', month=8),
     T('高质量建设飞地的实施意见出台，涵盖产业、科创和消薄三类飞地，全省已有飞地园区42个。',
       'Implementation opinions on enclaves of three kinds (industrial, sci-tech and village-income) are issued, and the province counts 42 enclave parks.'), None),
    (D(2021, 'exact', '2021年9月24日', '24 September 2021', month=9, day=24),
     T('慈溪—常山产业飞地作为首批产业飞地开工。', 'The Cixi–Changshan industrial enclave breaks ground among the first batch.'), None),
    (D(2022, 'exact', '2022年5月', 'May 2022', month=5),
     T('针对山区26县的行动方案出台，共156条措施。', 'An action plan with 156 measures aimed at the 26 mountain counties is issued.'), None),
    (D(2023, 'exact', '2023年8月28日', '28 August 2023', month=8, day=28),
     T('西湖—淳安共富飞地千岛湖智邦大厦开园。',
       'The Qiandao Lake Zhibang Building, the Xihu–Chun\'an common-prosperity enclave, opens.'), None),
    (D(2024, 'exact', '2024年8月', 'August 2024', month=8),
     T('首次动态调整：平阳、柯城、莲都退出名单，洞头、嵊泗作为海岛县纳入，合称山区海岛县25个。',
       'First dynamic adjustment: Pingyang, Kecheng and Liandu leave the list and the island counties Dongtou and Shengsi join, making 25 mountain and island counties.'), None),
    (D(2025, 'exact', '2025年5月28日', '28 May 2025', month=5, day=28),
     T('第二次调整：永嘉、苍南、江山退出名单。', 'Second adjustment: Yongjia, Cangnan and Jiangshan leave the list.'), None),
]


def build_timeline(res):
    tl = res['timeline']
    assert len(tl) == len(TL) == 19
    items = []
    for i, (src, (date, event, cnote)) in enumerate(zip(tl, TL), 1):
        assert str(date['year']) == src['date'][:4], (i, src['date'])
        items.append(with_conf({'id': 'T%02d' % i, 'date': date, 'event': event},
                               src['sources'], level(src['confidence']), cnote))
    return items


# ---------------------------------------------------------------- Qingda Line

def build_qingda(res):
    q = res['qingdaLine']
    qlf, dayu = q['endpoints']
    assert qlf['nameZh'] == '清凉峰镇' and dayu['nameZh'] == '大渔镇'
    anchor = dayu['nearestSourcedAnchor']
    return {
        'name': T(q['nameZh'], q['nameEn']),
        'definition': T('从杭州临安清凉峰镇到温州苍南大渔镇连成的一条直线，常用来比喻浙江的发展分界：西南侧多山、相对欠发达，东北侧为平原和沿海、较为发达。',
                        "A straight line drawn from Qingliangfeng Town in Lin'an, Hangzhou, to Dayu Town in Cangnan, Wenzhou, used as shorthand for Zhejiang's development divide: hilly and less developed to the south-west, plains and coast and more developed to the north-east."),
        'endpoints': [
            {'name': T('清凉峰镇', 'Qingliangfeng Town'),
             'place': T('杭州市临安区', "Lin'an District, Hangzhou"),
             'townCode': qlf['townCode'],
             'lat': qlf['coordinateWGS84']['lat'], 'lon': qlf['coordinateWGS84']['lon'],
             'coordinateNote': T('近似点：取自网络地图（GCJ-02）上镇内颊口村的坐标并换算为WGS84；颊口是否为镇政府驻地未经证实，误差可达约10千米。',
                                 'Approximate point: a web-map (GCJ-02) coordinate for Jiakou village in the town, converted to WGS84; whether Jiakou is the town seat is unconfirmed, so the error may be around 10 km.'),
             'confidence': 'low',
             'sources': ['gh_amap', 'baike_qlf', 'modood']},
            {'name': T('大渔镇', 'Dayu Town'),
             'place': T('温州市苍南县', 'Cangnan County, Wenzhou'),
             'townCode': dayu['townCode'],
             'lat': anchor['lat'], 'lon': anchor['lon'],
             'coordinateNote': T('占位点：未找到大渔镇本身的有据坐标，暂用其北邻金乡镇的坐标，位于大渔以北数千米。',
                                 'Placeholder: no sourced coordinate for Dayu itself was found, so the point of neighbouring Jinxiang Town, a few km north of Dayu, is used.'),
             'confidence': 'low',
             'sources': ['wiki_jinxiang', 'twwiki_dayu', 'modood']},
        ],
        'sources': list(q['sources']),
        'confidence': 'high',
    }


# ---------------------------------------------------------------- main

def write(name, obj):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write('\n')


def main(path):
    res = json.load(open(path, encoding='utf-8'))
    os.makedirs(OUT, exist_ok=True)
    write('sources.json', envelope('sources', build_sources(res['sources'])))
    write('counties.json', envelope('counties', build_counties()))
    write('mountain-counties.json', envelope('mountain-counties', build_mountain(res)))
    write('pairings.json', envelope('pairings', build_pairings(res)))
    write('enclaves.json', envelope('enclaves', build_enclaves(res)))
    write('projects.json', envelope('projects', build_projects(res)))
    write('figures.json', envelope('figures', build_figures(res)))
    write('timeline.json', envelope('timeline', build_timeline(res)))
    write('qingda-line.json', {'format': 'mountainsseas/qingda-line', 'version': 1,
                               'dataDate': DATA_DATE, 'item': build_qingda(res)})


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_IN)
