"""Writes the articles (NNN_slug.txt) and gold.json of news_dev_y from the hand-written sources in
articles_*.py (see bench/data/gold_maker.py). Usage: python bench/data/news_dev_y/make_gold.py"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_maker import make  # noqa: E402

make(HERE)
