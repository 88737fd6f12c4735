"""Word lists the synthesised records are drawn from.

Everything here is invented or generic (common surnames and given names, place names,
biomedical words). Journal names that are facts come only from the bundled review
(`refs/mm-biomaterials-review.txt`) or the recorded payloads in ../shared/api-samples, and
are read from there by `records.py`, not listed here. Invented journals are built from the
word table below with NLM-style abbreviations, so every invented abbreviation is
consistent with its full title.
"""

from __future__ import annotations

SURNAMES = """Smith Garcia Novak Okafor Tanaka Holloway Banerjee Kline Ortiz Berg Ito Sato Voss
Petrov Kim Park Singh Patel Silva Santos Costa Andersen Larsen Schmidt Becker Lehmann Bauer
Romano Conti Ferreira Almeida Kaur Gupta Hughes Walsh Brennan MacDonald McAllister O'Brien
Kowalski Nguyen Rossi Dubois Ivanova Haddad Fischer Moreau Dupont Jansen Nakamura Yamada
Suzuki Takahashi Choi Jung Khan Ahmed Rahman Hassan Cohen Levi Katz Friedman Rosen Weber
Wagner Hoffmann Schulz Koch Richter Klein Wolf Neumann Schwarz Zimmermann Braun Kruger Hartmann
Lange Werner Krause Meier Lehner Huber Gruber Moser Eriksson Johansson Lindqvist Nilsson Berglund
Virtanen Korhonen Nieminen Horvath Nagy Toth Szabo Popescu Ionescu Papadopoulos Georgiou Yilmaz
Kaya Demir Sahin Oliveira Pereira Rodrigues Martins Sousa Fernandes Gomez Lopez Martinez Sanchez
Ramirez Torres Flores Rivera Morales Castillo Vargas Reyes Cruz Mendoza Herrera Medina Aguilar
Brown Taylor Wilson Thompson White Harris Martin Clark Lewis Walker Young Allen Wright Scott
Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker
Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly
Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hayes Myers Ford Hamilton
Graham Sullivan Wallace West Cole Jordan Reynolds Marshall Owens Harrison Gibson Ellis Fraser
Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Zheng Liang Xie
Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Du Ye Cheng Su Wei Lu
Ding Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fang Bai Zou Meng Xiong Qin Qiu Yin Xue
Duan Lei Hou Long Tao Gu Mao Hao Gong Shao Wan Qian Yan Wu Dai Mo Kong Xiang""".split()  # noqa: SIM905
# Surnames with the shapes that trouble parsers: particles, hyphens, accents, apostrophes.
HARD_SURNAMES = """van der Berg|de la Cruz|van den Heuvel|von Stein|de Souza|da Costa|Le Roux|
van Dijk|ter Haar|dos Santos|Ruiz-López|García-Márquez|Marín-Payá|Clara-Trujillo|Müller|
Conceição|Guimarães|Øster|Åkesson|Łukasik|Dvořák|Šimić|Çelik|Nuñez|O'Connor|D'Angelo|
McKenzie|MacLeod|St John|El-Sayed|Al-Hashimi|Ben-David|Abu Bakr|Heshmati Aghda|
De Almeida Barcelos""".replace("\n", "").split("|")
GIVEN = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara
Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty
Mark Margaret Paul Sandra Steven Ashley Andrew Kimberly Joshua Emily Kenneth Donna Kevin Michelle
Brian Carol George Amanda Timothy Melissa Ronald Deborah Anna Laura Pierre Marie Hans Ingrid
Lars Sofia Giulia Marco Luca Elena Chidi Amara Kwame Aisha Hiroshi Yuki Kenji Akiko Minji
Jiwoo Arjun Priya Rahul Ananya Omar Fatima Yusuf Leila Ahmet Elif Mehmet Zeynep Jean-Luc
Marie-Claire Ana Pedro Joao Carmen Diego Lucia Sven Astrid Erik Karin Olga Ivan Dmitri Natalia
Wenjun Xiaoming Jianhua Yihan Xuhang Shiqing Lei Jun Hui Yan Wei Ming Hong Ying Lin Qiang Jing
Xin Yu Hao Chen Tao Fang Bo Na""".split()  # noqa: SIM905 - a word list reads best as text
CJK_SURNAMES = [
    *"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤",
    "欧阳",
    "司马",
    "诸葛",
    "上官",
]
CJK_GIVEN_CHARS = list(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国晓东海波宁"
    "斌峰婷雪梅琳颖慧欣怡子涵浩然思远嘉文俊杰雨欣宇航志强晨曦"
)
CJK_PINYIN = {  # surname → pinyin, for the English version of a Chinese entry
    "王": "WANG",
    "李": "LI",
    "张": "ZHANG",
    "刘": "LIU",
    "陈": "CHEN",
    "杨": "YANG",
    "黄": "HUANG",
    "赵": "ZHAO",
    "吴": "WU",
    "周": "ZHOU",
    "徐": "XU",
    "孙": "SUN",
    "马": "MA",
    "朱": "ZHU",
    "胡": "HU",
    "郭": "GUO",
    "何": "HE",
    "高": "GAO",
    "林": "LIN",
    "罗": "LUO",
    "郑": "ZHENG",
    "梁": "LIANG",
    "谢": "XIE",
    "宋": "SONG",
    "唐": "TANG",
}

ORGS = [
    "Example Myeloma Working Group",
    "Writing Committee for the Example Trial Investigators",
    "Northfield Collaborative Study Group",
    "International Example Consortium",
    "Example Society of Haematology",
    "Task Force on Example Guidelines",
    "示例血液学会",
    "示例骨髓瘤工作组",
]

# Invented journals: words with their NLM abbreviations (ISO 4 style, no full stops).
_PAIRS = """
    Journal=J International=Int Clinical=Clin Experimental=Exp Research=Res Advances=Adv
    Reviews=Rev Annals=Ann American=Am European=Eur Asian=Asian Medicine=Med Medical=Med
    Biology=Biol Biological=Biol Chemistry=Chem Haematology=Haematol Hematology=Hematol
    Oncology=Oncol Immunology=Immunol Materials=Mater Science=Sci Sciences=Sci
    Biomaterials=Biomater Nanomedicine=Nanomed Cancer=Cancer Cell=Cell Molecular=Mol
    Translational=Transl Pharmacology=Pharmacol Therapeutics=Ther Surgery=Surg Radiology=Radiol
    Letters=Lett Engineering=Eng Physics=Phys Applied=Appl Tissue=Tissue Drug=Drug
    Delivery=Deliv Controlled=Control Release=Release Genetics=Genet Pathology=Pathol
    Nursing=Nurs Health=Health Public=Public Biomedical=Biomed Stem=Stem Blood=Blood
    Northfield=Northfield Example=Example Frontiers=Front Reports=Rep Communications=Commun
    Bulletin=Bull Acta=Acta"""
JOURNAL_WORDS = dict(pair.split("=") for pair in _PAIRS.split())
JOURNAL_SHAPES = [
    ("Journal", "of", "{A}", "{B}"),
    ("{A}", "{B}", "Research"),
    ("International", "Journal", "of", "{B}"),
    ("Annals", "of", "{B}"),
    ("{A}", "{B}", "Letters"),
    ("Advances", "in", "{B}"),
    ("European", "Journal", "of", "{B}"),
    ("Frontiers", "in", "{B}"),
    ("{B}", "Reports"),
    ("Acta", "{B}"),
]
JOURNAL_A = ["Clinical", "Experimental", "Molecular", "Translational", "Applied", "Biomedical"]
JOURNAL_B = [
    "Haematology",
    "Hematology",
    "Oncology",
    "Immunology",
    "Biomaterials",
    "Nanomedicine",
    "Pharmacology",
    "Surgery",
    "Radiology",
    "Genetics",
    "Pathology",
    "Medicine",
    "Cancer",
    "Chemistry",
    "Physics",
    "Engineering",
]
CJK_JOURNALS_INVENTED = [
    ("示例医学杂志", "Journal of Example Medicine"),
    ("中国示例血液病学杂志", "Chinese Journal of Example Hematology"),
    ("示例大学学报(医学版)", "Journal of Example University (Medical Sciences)"),
    ("临床示例肿瘤学杂志", "Journal of Clinical Example Oncology"),
    ("示例生物材料研究", "Research in Example Biomaterials"),
    ("现代示例药学", "Modern Example Pharmacy"),
]

TOPICS = [
    "multiple myeloma",
    "bone marrow stromal cells",
    "plasma cell leukaemia",
    "CAR-T cells",
    "hydrogel scaffolds",
    "drug-loaded nanoparticles",
    "bortezomib resistance",
    "mesenchymal stem cells",
    "extracellular vesicles",
    "tumour microenvironment",
    "osteolytic bone disease",
    "proteasome inhibitors",
    "bispecific antibodies",
    "Wnt/β-catenin signalling",
    "IL-6 signalling",
    "NF-κB activation",
    "TiO2 nanotubes",
    "3D culture models",
    "chronic kidney disease",
    "wide-neck aneurysms",
    "type 2 diabetes",
    "sepsis",
    "heart failure",
    "COVID-19",
    "breast cancer",
    "acute myeloid leukaemia",
]
VERBS = [
    "Targeting",
    "Modelling",
    "Characterization of",
    "Evaluation of",
    "Imaging",
    "Engineering",
    "Mapping",
    "Quantifying",
    "Profiling",
    "Regulation of",
    "Inhibition of",
]
OUTCOMES = [
    "improves survival in",
    "predicts relapse in",
    "mitigates resistance in",
    "is associated with outcomes in",
    "drives progression of",
    "alters the response of",
]
SUBTITLES = [
    "a systematic review and meta-analysis",
    "a randomized controlled trial",
    "a phase 1b/2 open-label study",
    "a retrospective cohort study",
    "an update",
    "2024 update on diagnosis and management",
    "in vitro and in vivo evidence",
    "a narrative review",
    "results from the EXAMPLE-1 trial",
    "lessons from 10 years",
]
CJK_TOPICS = [
    "多发性骨髓瘤",
    "骨髓间充质干细胞",
    "慢性肾病",
    "急性髓系白血病",
    "乳腺癌",
    "2型糖尿病",
    "水凝胶支架",
    "纳米载药系统",
    "外泌体",
    "肿瘤微环境",
    "骨代谢",
    "免疫治疗",
]
CJK_PATTERNS = [
    "{t}患者{u}的临床意义",
    "{t}与{u}的相关性研究",
    "{u}在{t}中的作用与机制",
    "基于{u}的{t}治疗进展",
    "{t}的{u}分析",
    "{u}对{t}预后的影响",
]
CJK_UNITS = ["血浆细胞因子水平", "骨代谢指标", "基因表达谱", "免疫微环境", "靶向递送", "生存分析"]

PLACES = [
    ("New York", "NY"),
    ("Boston", "MA"),
    ("Los Alamitos", "CA"),
    ("London", ""),
    ("Oxford", ""),
    ("Berlin", ""),
    ("Amsterdam", ""),
    ("Singapore", ""),
    ("Philadelphia", "PA"),
]
CJK_PLACES = ["北京", "上海", "广州", "武汉", "成都", "南京"]
PUBLISHERS = [
    "Example Academic Press",
    "Northfield Medical Publishing",
    "Harbour Science Books",
    "Meridian University Press",
    "Lakeside Scientific",
    "Example Society Press",
]
CJK_PUBLISHERS = ["示例医学出版社", "示例科学出版社", "示例大学出版社", "示例卫生出版社"]
UNIVERSITIES = [
    "University of Northfield",
    "Example Institute of Technology",
    "Lakeside University",
]
CJK_UNIVERSITIES = ["示例大学", "示例医科大学", "示例理工大学"]
CONFERENCES = [
    "Proceedings of the {n}th Example Conference on Biomedical Engineering",
    "{y} IEEE International Conference on Example Imaging",
    "Proceedings of the {n}th Annual Meeting of the Example Society",
]
SITES = ["Example Health Agency", "Northfield Cancer Registry", "示例卫生健康委员会"]
PREPRINT_SERVERS = ["bioRxiv", "medRxiv", "arXiv", "Research Square"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
