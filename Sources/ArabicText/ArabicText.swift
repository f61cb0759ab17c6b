public enum ArabicTextModule {}
