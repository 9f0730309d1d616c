"""What words, numbers and dates a text holds, in a form claims and sentences are compared on; every word list lives in ``lexicon``."""
